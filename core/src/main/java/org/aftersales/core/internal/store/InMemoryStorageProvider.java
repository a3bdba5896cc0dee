package org.aftersales.core.internal.store;

import org.aftersales.core.spi.StorageEngine;
import org.aftersales.core.spi.StorageProvider;
import org.aftersales.core.spi.StorageSettings;

/**
 * The default store (C7): everything in memory, thread-safe, empty when opened. Its id is
 * {@code memory} and its order {@link Integer#MAX_VALUE}, so any other discovered provider is
 * preferred. Registered with {@code provides} in module-info and in
 * {@code META-INF/services} for the class path.
 */
public final class InMemoryStorageProvider implements StorageProvider {

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
