package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.RepositoryContract;

/** The storage compatibility kit's repository contract on PostgreSQL (skipped without AFTERSALES_TEST_PG_URL, failing under CI=true). */
class PgRepositoryKitTest extends RepositoryContract {

    @Override
    protected Storage.Builder storage() {
        return TestDatabases.pg();
    }
}
