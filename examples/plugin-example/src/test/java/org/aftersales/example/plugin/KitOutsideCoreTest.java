package org.aftersales.example.plugin;

import org.aftersales.core.store.Storage;
import org.aftersales.core.storekit.UnitOfWorkContract;

/**
 * The storage compatibility kit, taken from core's published test-jar, runs in a module other
 * than core: the way a vendor's store uses it.
 */
class KitOutsideCoreTest extends UnitOfWorkContract {

    @Override
    protected Storage.Builder storage() {
        return Storage.builder().discovery(false);
    }
}
