package org.aftersales.core.store.spi;

import org.aftersales.core.plugin.Plugin;

/**
 * A storage implementation (C7), such as the in-memory default or a vendor's JDBC store.
 *
 * <p><b>Discovery.</b> {@link org.aftersales.core.store.Storage#open()} finds providers with
 * {@link java.util.ServiceLoader}: on the module path through {@code provides
 * org.aftersales.core.store.spi.StorageProvider with ...} in the provider's module-info, on the class
 * path through {@code META-INF/services/org.aftersales.core.store.spi.StorageProvider}.
 * <b>Order.</b> The provider with the lowest {@link #order()} wins (ties: lowest id); the
 * in-memory provider ({@code memory}) has {@link Integer#MAX_VALUE}, so it is used only when no
 * other is present. {@code Storage.builder().providerId(id)} picks one by id instead.
 * <b>Switching off.</b> {@code Storage.builder().discovery(false)} ignores every discovered
 * provider; {@code Storage.builder().provider(p)} supplies one by hand.
 * <b>Failure.</b> A provider that cannot be loaded, shares an id with another, or throws from
 * {@link #open} is reported as {@link org.aftersales.core.error.PluginFailureException} with its
 * id, and no storage is opened.
 */
public interface StorageProvider extends Plugin {

    /**
     * Opens a storage engine. Called once per {@link org.aftersales.core.store.Storage}.
     *
     * @param settings the settings
     * @return the engine
     */
    StorageEngine open(StorageSettings settings);
}
