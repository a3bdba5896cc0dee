package org.aftersales.core.store;

import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.store.spi.StorageSettings;

/**
 * The default store (C7): everything in memory, thread-safe, empty when opened. Its id is
 * {@code memory} and its order {@link Integer#MAX_VALUE}, so any other discovered provider is
 * preferred. Registered with {@code provides} in module-info and in
 * {@code META-INF/services} for the class path.
 */
final class InMemoryStorageProvider implements StorageProvider {

    /** The provider's id. */
    public static final String ID = "memory";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public InMemoryStorageProvider() {
        // stateless: each open() makes a new, empty store
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public StorageEngine open(StorageSettings settings) {
        return new MemoryEngine(settings);
    }
}
