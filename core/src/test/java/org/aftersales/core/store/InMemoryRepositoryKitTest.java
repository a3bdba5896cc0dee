package org.aftersales.core.store;

import org.aftersales.core.storekit.RepositoryContract;

/** The in-memory store passes the storage compatibility kit's repository checks. */
class InMemoryRepositoryKitTest extends RepositoryContract {

    @Override
    protected Storage.Builder storage() {
        return Storage.builder().discovery(false);
    }
}
