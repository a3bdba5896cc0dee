package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.ConcurrencyContract;

/** The storage compatibility kit's concurrency contract on PostgreSQL (skipped without AFTERSALES_TEST_PG_URL, failing under CI=true). */
class PgConcurrencyKitTest extends ConcurrencyContract {

    @Override
    protected Storage.Builder storage() {
        return TestDatabases.pg();
    }

    @Override
    protected int operationsPerThread() {
        return TestDatabases.opsPerThread("aftersales.test.pg.opsPerThread", 10_000);
    }
}
