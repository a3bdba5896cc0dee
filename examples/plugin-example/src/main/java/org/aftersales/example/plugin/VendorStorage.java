package org.aftersales.example.plugin;

import java.nio.file.Path;
import org.aftersales.core.store.Storage;
import org.aftersales.store.jdbc.JdbcStorageProvider;
import org.aftersales.store.jdbc.JdbcStoreConfig;

/**
 * A vendor's store choice (C7, E2): its product keeps every dealership's data in the JDBC store,
 * an H2 file beside the installation for a single site, or the group's PostgreSQL server, and
 * says so in one place rather than leaving it to discovery.
 */
public final class VendorStorage {

    private VendorStorage() {
    }

    /**
     * A single site's store: an embedded H2 file in the given folder, kept across restarts.
     *
     * @param folder the installation's data folder
     * @return the storage
     */
    public static Storage singleSite(Path folder) {
        return open(JdbcStoreConfig.builder().url("jdbc:h2:file:" + folder.resolve("dealership").toAbsolutePath()).build());
    }

    /**
     * A store on any database the JDBC store supports, such as one dealership's schema on the
     * group's PostgreSQL server.
     *
     * @param config the connection settings
     * @return the storage
     */
    public static Storage open(JdbcStoreConfig config) {
        return Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
    }
}
