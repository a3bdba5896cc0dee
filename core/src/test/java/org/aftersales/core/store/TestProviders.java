package org.aftersales.core.store;

import java.util.function.Function;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.store.spi.StorageSettings;

/** Storage providers made on the spot for tests. */
public final class TestProviders {

    private TestProviders() {
    }

    /**
     * A provider with an id and an opening function.
     *
     * @param id the provider's id
     * @param open what {@link StorageProvider#open} does
     * @return the provider
     */
    public static StorageProvider of(String id, Function<StorageSettings, StorageEngine> open) {
        return new StorageProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public StorageEngine open(StorageSettings settings) {
                return open.apply(settings);
            }
        };
    }
}
