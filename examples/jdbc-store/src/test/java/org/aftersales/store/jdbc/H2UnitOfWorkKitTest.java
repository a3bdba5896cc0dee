package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.UnitOfWorkContract;

/** The storage compatibility kit's unit-of-work contract on in-memory H2. */
class H2UnitOfWorkKitTest extends UnitOfWorkContract {

    @Override
    protected Storage.Builder storage() {
        return TestDatabases.h2();
    }
}
