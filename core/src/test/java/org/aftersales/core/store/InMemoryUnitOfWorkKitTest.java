package org.aftersales.core.store;

import org.aftersales.core.storekit.UnitOfWorkContract;

/** The in-memory store passes the storage compatibility kit's unit-of-work checks. */
class InMemoryUnitOfWorkKitTest extends UnitOfWorkContract {

    @Override
    protected Storage.Builder storage() {
        return Storage.builder().discovery(false);
    }
}
