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
 * unreachable database at that point fails the open with a
 * {@link org.aftersales.core.error.StorageException} with code {@value #UNAVAILABLE} (when
 * migrating) or the first operation (when not), and later ones succeed once it is back.
 */
public final class JdbcStorageProvider implements StorageProvider {

    /** The provider's id. */
    public static final String ID = "jdbc";
    /** The provider's order: before the in-memory default. */
    public static final int ORDER = 100;

    /** Code of a {@code StorageException}: the database cannot be reached (down, restarting, network, pool timeout); nothing was stored, retry later. */
    public static final String UNAVAILABLE = "store.unavailable";
    /** Code of a {@code StorageException}: the connection broke during the commit itself; whether it was stored is unknown. */
    public static final String COMMIT_UNKNOWN = "store.commitUnknown";
    /** Code of a {@code StorageException}: the database refused a statement for another reason; nothing was stored. */
    public static final String FAILED = "store.failed";
    /** Code of a {@code StorageException}: stored data cannot be read back (an unknown event name, a snapshot that no longer fits its class). */
    public static final String UNREADABLE = "store.unreadable";

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
