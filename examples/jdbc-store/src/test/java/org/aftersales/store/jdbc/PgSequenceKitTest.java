package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.SequenceContract;

/** The storage compatibility kit's sequence contract on PostgreSQL (skipped without AFTERSALES_TEST_PG_URL, failing under CI=true). */
class PgSequenceKitTest extends SequenceContract {

    @Override
    protected Storage.Builder storage() {
        return TestDatabases.pg();
    }

    @Override
    protected int operationsPerThread() {
        return TestDatabases.opsPerThread("aftersales.test.pg.opsPerThread", 10_000);
    }
}
