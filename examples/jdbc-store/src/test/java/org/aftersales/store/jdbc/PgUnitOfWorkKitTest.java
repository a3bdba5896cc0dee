package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.UnitOfWorkContract;

/** The storage compatibility kit's unit-of-work contract on PostgreSQL (skipped without AFTERSALES_TEST_PG_URL, failing under CI=true). */
class PgUnitOfWorkKitTest extends UnitOfWorkContract {

    @Override
    protected Storage.Builder storage() {
        return TestDatabases.pg();
    }
}
