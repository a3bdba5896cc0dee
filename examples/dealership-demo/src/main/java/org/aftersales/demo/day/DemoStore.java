package org.aftersales.demo.day;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.complaints.ComplaintEvent;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.store.Storage;
import org.aftersales.inventory.operations.PartsEvent;
import org.aftersales.serviceflow.ServiceEvent;
import org.aftersales.serviceflow.ServiceEvents;
import org.aftersales.store.jdbc.JdbcStorageProvider;
import org.aftersales.store.jdbc.JdbcStoreConfig;

/**
 * The demo's store: the JDBC store on an embedded H2 file under {@code ~/.aftersales/demo/}
 * (schema {@code demo_day}) unless {@code aftersales.store.*} system properties or
 * {@code AFTERSALES_STORE_*} environment variables say otherwise, for instance a PostgreSQL URL.
 * Nothing in the code changes with the store.
 *
 * <p>The day always starts afresh: {@link #clear} drops the demo's schema, and the store's
 * migrations create it again on open, so a second run prints exactly what the first did. The
 * other commands read what the last day left there.
 */
public final class DemoStore {

    /** The schema the day lives in unless {@code aftersales.store.schema} names another. */
    public static final String DEFAULT_SCHEMA = "demo_day";

    private DemoStore() {
    }

    /** @return the demo's default database: an H2 file under the user's data folder */
    public static String defaultUrl() {
        Path file = Path.of(System.getProperty("user.home"), ".aftersales", "demo", "dealership");
        return "jdbc:h2:file:" + file.toAbsolutePath();
    }

    /**
     * The settings: the given ones first, then system properties, then environment variables,
     * then the demo's defaults (H2 file, schema {@code demo_day}, 3 s connection timeout).
     *
     * @param given settings given by the caller, such as a test's, keyed {@code aftersales.store.*}
     * @return the configuration
     */
    public static JdbcStoreConfig config(Map<String, String> given) {
        Map<String, String> p = new HashMap<>(given);
        defaultFor(p, "url", defaultUrl());
        defaultFor(p, "schema", DEFAULT_SCHEMA);
        defaultFor(p, "connectionTimeout", "3000");
        JdbcStoreConfig.Builder b = JdbcStoreConfig.fromSettings(p).toBuilder();
        // every event the day writes, so that a later process reads the log back (the board)
        ServiceEvents.ALL.forEach(type -> b.eventType(type, ServiceEvent.class));
        ComplaintEvent.TYPES.forEach(b::eventType);
        PartsEvent.TYPES.forEach(b::eventType);
        Deadlines.EVENT_TYPES.forEach(b::eventType);
        return b.build();
    }

    private static void defaultFor(Map<String, String> p, String name, String value) {
        if (setting(p, name) == null) {
            p.put(JdbcStoreConfig.PREFIX + name, value);
        }
    }

    /**
     * @param given settings given by the caller
     * @param name a setting after the prefix, such as {@code password}
     * @return its value from the caller, a system property or the environment; null when none
     */
    static String setting(Map<String, String> given, String name) {
        String key = JdbcStoreConfig.PREFIX + name;
        String v = given.get(key);
        if (v == null) {
            v = System.getProperty(key);
        }
        if (v == null) {
            v = System.getenv("AFTERSALES_STORE_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    /**
     * Opens the store.
     *
     * @param config the settings
     * @param clock the clock the store stamps events with
     * @return the storage
     * @throws StorageException {@code store.unavailable} when the database cannot be reached
     */
    public static Storage open(JdbcStoreConfig config, Clock clock) {
        return Storage.builder().discovery(false).clock(clock).provider(new JdbcStorageProvider(config)).build();
    }

    /**
     * Drops the demo's schema with everything in it, so that the day starts on an empty store.
     *
     * @param config the settings
     * @param given the caller's settings, for the password
     * @throws StorageException {@code store.unavailable} when the database cannot be reached
     */
    public static void clear(JdbcStoreConfig config, Map<String, String> given) {
        String password = setting(given, "password");
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), password == null ? "" : password);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + config.schema() + " CASCADE");
        } catch (SQLException e) {
            throw new StorageException(JdbcStorageProvider.UNAVAILABLE, new LocalizedText(
                    "The store at " + config.url() + " cannot be used (" + e.getMessage() + "); nothing was stored.",
                    "存储 " + config.url() + " 无法使用（" + e.getMessage() + "）；未保存任何数据。"), e);
        }
    }
}
