package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.ConcurrencyContract;

/** The storage compatibility kit's concurrency contract on in-memory H2. */
class H2ConcurrencyKitTest extends ConcurrencyContract {

    @Override
    protected Storage.Builder storage() {
        return TestDatabases.h2();
    }

    @Override
    protected int operationsPerThread() {
        return TestDatabases.opsPerThread("aftersales.test.h2.opsPerThread", 10_000);
    }
}
