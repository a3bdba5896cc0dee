package org.aftersales.store.jdbc;

import java.util.Objects;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.store.spi.StorageSettings;

/**
 * The JDBC storage provider (C7): id {@value #ID}, order {@value #ORDER}, so that it is chosen
 * over the in-memory default whenever this module is present. Found by
 * {@link java.util.ServiceLoader} ({@code provides} on the module path,
 * {@code META-INF/services} on the class path), in which case its settings come from the storage
 * builder's properties, system properties and environment variables (see
 * {@link JdbcStoreConfig}); or made by hand with a {@link JdbcStoreConfig}:
 *
 * <pre>{@code
 * Storage storage = Storage.builder()
 *         .provider(new JdbcStorageProvider(JdbcStoreConfig.builder()
 *                 .url("jdbc:postgresql://db:5432/dealer").user("north").password(secret).schema("north")
 *                 .build()))
 *         .build();
 * }</pre>
 *
 * Opening migrates the schema with Flyway (unless switched off) and starts a HikariCP pool; an
 * unreachable database at that point does not fail the open: the first operation fails with
 * {@link JdbcStorageException#UNAVAILABLE} and later ones succeed once it is back.
 */
public final class JdbcStorageProvider implements StorageProvider {

    /** The provider's id. */
    public static final String ID = "jdbc";
    /** The provider's order: before the in-memory default. */
    public static final int ORDER = 100;

    private final JdbcStoreConfig config;

    /** A provider configured from settings, system properties and the environment; {@link java.util.ServiceLoader} calls this. */
    public JdbcStorageProvider() {
        this.config = null;
    }

    /**
     * A provider with a fixed configuration; settings, system properties and the environment are
     * not read.
     *
     * @param config the configuration
     */
    public JdbcStorageProvider(JdbcStoreConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public StorageEngine open(StorageSettings settings) {
        JdbcStoreConfig chosen = config != null ? config : JdbcStoreConfig.fromSettings(settings.properties());
        return new JdbcEngine(chosen, settings.lockTimeout());
    }

    @Override
    public String toString() {
        return "JDBC storage provider" + (config != null ? " for " + config : "");
    }
}
