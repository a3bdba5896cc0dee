package org.aftersales.core.store;

import org.aftersales.core.storekit.ConcurrencyContract;

/** The in-memory store passes the storage compatibility kit's concurrency checks. */
class InMemoryConcurrencyKitTest extends ConcurrencyContract {

    @Override
    protected Storage.Builder storage() {
        return Storage.builder().discovery(false);
    }
}
