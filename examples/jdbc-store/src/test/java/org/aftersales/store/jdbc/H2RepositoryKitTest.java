package org.aftersales.store.jdbc;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.RepositoryContract;

/** The storage compatibility kit's repository contract on in-memory H2. */
class H2RepositoryKitTest extends RepositoryContract {

    @Override
    protected Storage.Builder storage() {
        return TestDatabases.h2();
    }
}
