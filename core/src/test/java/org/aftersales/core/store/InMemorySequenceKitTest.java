package org.aftersales.core.store;

import org.aftersales.core.storekit.SequenceContract;

/** The in-memory store passes the storage compatibility kit's sequence checks. */
class InMemorySequenceKitTest extends SequenceContract {

    @Override
    protected Storage.Builder storage() {
        return Storage.builder().discovery(false);
    }
}
