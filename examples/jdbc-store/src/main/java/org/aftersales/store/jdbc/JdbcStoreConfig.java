package org.aftersales.store.jdbc;

import org.aftersales.core.error.StorageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.json.AftersalesJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where and how the JDBC store connects. Immutable; made by {@link #builder()} or read from
 * settings with {@link #fromSettings(Map)}.
 *
 * <table>
 *   <caption>Settings: property (also a {@code Storage.builder().property(..)}), environment variable, default</caption>
 *   <tr><th>Property</th><th>Environment</th><th>Default</th></tr>
 *   <tr><td>{@code aftersales.store.url}</td><td>{@code AFTERSALES_STORE_URL}</td>
 *       <td>embedded H2 in a file under {@code ~/.aftersales/store/} (our default, so that a
 *           demo's data is still there on the next run); {@code jdbc:postgresql://...} for
 *           PostgreSQL, {@code jdbc:h2:mem:name} for a throwaway database</td></tr>
 *   <tr><td>{@code aftersales.store.user}</td><td>{@code AFTERSALES_STORE_USER}</td><td>{@code sa}</td></tr>
 *   <tr><td>{@code aftersales.store.password}</td><td>{@code AFTERSALES_STORE_PASSWORD}</td><td>empty</td></tr>
 *   <tr><td>{@code aftersales.store.schema}</td><td>{@code AFTERSALES_STORE_SCHEMA}</td>
 *       <td>{@code aftersales}; one schema per dealership in a group</td></tr>
 *   <tr><td>{@code aftersales.store.poolSize}</td><td>{@code AFTERSALES_STORE_POOL_SIZE}</td>
 *       <td>10 connections (our default; each running unit of work holds one)</td></tr>
 *   <tr><td>{@code aftersales.store.connectionTimeout}</td><td>{@code AFTERSALES_STORE_CONNECTION_TIMEOUT}</td>
 *       <td>5000 ms: how long an operation waits for a connection before it fails with
 *           {@code StorageException} with code {@value JdbcStorageProvider#UNAVAILABLE}</td></tr>
 *   <tr><td>{@code aftersales.store.migrate}</td><td>{@code AFTERSALES_STORE_MIGRATE}</td>
 *       <td>{@code true}: Flyway brings the schema up to date when the store opens</td></tr>
 * </table>
 * A property given to the storage builder wins over a system property, which wins over the
 * environment variable.
 */
public final class JdbcStoreConfig {

    /** Prefix of every property of the store. */
    public static final String PREFIX = "aftersales.store.";
    /** The default pool size. */
    public static final int DEFAULT_POOL_SIZE = 10;
    /** The default wait for a connection. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    /** The default schema. */
    public static final String DEFAULT_SCHEMA = "aftersales";

    static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final int poolSize;
    private final Duration connectionTimeout;
    private final boolean migrate;
    private final Map<String, Class<? extends DomainEvent>> eventTypes;
    private final Map<String, Class<? extends DomainEvent>> eventStreams;
    private final JsonMapper mapper;

    private JdbcStoreConfig(Builder b) {
        this.url = b.url != null ? b.url : defaultUrl();
        this.user = b.user != null ? b.user : "sa";
        this.password = b.password != null ? b.password : "";
        this.schema = b.schema;
        this.poolSize = b.poolSize;
        this.connectionTimeout = b.connectionTimeout;
        this.migrate = b.migrate;
        this.eventTypes = Map.copyOf(b.eventTypes);
        this.eventStreams = Map.copyOf(b.eventStreams);
        this.mapper = b.mapper;
    }

    /** @return a builder with every default */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the settings from the given properties, then system properties, then environment
     * variables; see the table above.
     *
     * @param properties provider properties, such as {@code StorageSettings.properties()}
     * @return the configuration
     * @throws StorageException if a setting is not valid
     */
    public static JdbcStoreConfig fromSettings(Map<String, String> properties) {
        return fromSettings(properties, System::getProperty, System::getenv);
    }

    static JdbcStoreConfig fromSettings(Map<String, String> properties, Function<String, String> system,
            Function<String, String> environment) {
        return builder().settings(properties, system, environment).build();
    }

    /**
     * The environment variable of a setting: {@code poolSize} is {@code AFTERSALES_STORE_POOL_SIZE}.
     *
     * @param name the setting after the prefix
     * @return the variable's name
     */
    static String envName(String name) {
        return "AFTERSALES_STORE_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static boolean parseBoolean(String v) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("true or false");
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T setting(String name, String value, Parse<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            throw invalid(name, value, e.getMessage());
        }
    }

    static StorageException invalid(String name, Object value, String why) {
        return new StorageException("store.setting",
                JdbcMessages.MESSAGES.text("jdbc.setting", PREFIX + name, value, why), null);
    }

    /** @return the default URL: an H2 file database under the user's home folder */
    static String defaultUrl() {
        return h2File(userData("store").resolve("aftersales"));
    }

    /**
     * A folder of the user's aftersales data: {@code ~/.aftersales/<name>}, where an app keeps
     * its own H2 file so that two apps never wait for each other's file lock.
     *
     * @param name the app's folder, such as {@code console}
     * @return the folder (not created)
     */
    public static Path userData(String name) {
        return Path.of(System.getProperty("user.home"), ".aftersales", Objects.requireNonNull(name, "name"));
    }

    /**
     * The URL of an embedded H2 file database.
     *
     * @param file the database file without H2's {@code .mv.db} ending; its folder is created on open
     * @return a {@code jdbc:h2:file:} URL with the absolute path
     */
    public static String h2File(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath();
    }

    /** @return the JDBC URL */
    public String url() {
        return url;
    }

    /** @return the database user */
    public String user() {
        return user;
    }

    /** @return the password */
    String password() {
        return password;
    }

    /** @return the schema the store's tables live in */
    public String schema() {
        return schema;
    }

    /** @return the most connections the pool opens */
    public int poolSize() {
        return poolSize;
    }

    /** @return how long an operation waits for a connection */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    /** @return whether Flyway migrates the schema on open */
    public boolean migrate() {
        return migrate;
    }

    /** @return event names registered by hand, with their classes */
    public Map<String, Class<? extends DomainEvent>> eventTypes() {
        return eventTypes;
    }

    /** @return event streams registered by hand (the part of a name before its first dot), with their classes */
    public Map<String, Class<? extends DomainEvent>> eventStreams() {
        return eventStreams;
    }

    /** @return the mapper snapshots and events are written and read with */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * This configuration with another schema, as for one dealership of a group.
     *
     * @param otherSchema the schema
     * @return the configuration
     */
    public JdbcStoreConfig withSchema(String otherSchema) {
        return toBuilder().schema(otherSchema).build();
    }

    /** @return a builder holding this configuration */
    public Builder toBuilder() {
        Builder b = builder().url(url).user(user).password(password).schema(schema).poolSize(poolSize)
                .connectionTimeout(connectionTimeout).migrate(migrate).mapper(mapper);
        b.eventTypes.putAll(eventTypes);
        b.eventStreams.putAll(eventStreams);
        return b;
    }

    @Override
    public String toString() {
        return "JDBC store at " + url + " (schema " + schema + ", user " + user + ", pool " + poolSize + ")";
    }

    /** Builds a {@link JdbcStoreConfig}. Not thread-safe. */
    public static final class Builder {

        private String url;
        private String user;
        private String password;
        private String schema = DEFAULT_SCHEMA;
        private int poolSize = DEFAULT_POOL_SIZE;
        private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
        private boolean migrate = true;
        private final Map<String, Class<? extends DomainEvent>> eventTypes = new LinkedHashMap<>();
        private final Map<String, Class<? extends DomainEvent>> eventStreams = new LinkedHashMap<>();
        private JsonMapper mapper = AftersalesJson.mapper();

        private Builder() {
        }

        /**
         * @param jdbcUrl a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
         * @return this builder
         */
        public Builder url(String jdbcUrl) {
            Objects.requireNonNull(jdbcUrl, "url");
            if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw invalid("url", jdbcUrl, "Use a jdbc:h2: or jdbc:postgresql: URL.");
            }
            this.url = jdbcUrl;
            return this;
        }

        /**
         * @param name the database user
         * @return this builder
         */
        public Builder user(String name) {
            this.user = Objects.requireNonNull(name, "user");
            return this;
        }

        /**
         * @param secret the password
         * @return this builder
         */
        public Builder password(String secret) {
            this.password = Objects.requireNonNull(secret, "password");
            return this;
        }

        /**
         * @param name lowercase letters, digits and underscores, starting with a letter
         * @return this builder
         */
        public Builder schema(String name) {
            if (name == null || !SCHEMA.matcher(name).matches()) {
                throw invalid("schema", name, "Use 1 to 40 lowercase letters, digits or underscores, starting with a letter.");
            }
            this.schema = name;
            return this;
        }

        /**
         * @param connections the most connections, at least 2
         * @return this builder
         */
        public Builder poolSize(int connections) {
            if (connections < 2) {
                throw invalid("poolSize", connections, "Use at least 2 connections.");
            }
            this.poolSize = connections;
            return this;
        }

        /**
         * @param timeout how long to wait for a connection, at least 250 ms
         * @return this builder
         */
        public Builder connectionTimeout(Duration timeout) {
            if (timeout == null || timeout.toMillis() < 250) {
                throw invalid("connectionTimeout", timeout, "Use at least 250 ms.");
            }
            this.connectionTimeout = timeout;
            return this;
        }

        /**
         * @param enabled false when the schema is migrated by someone else (a group's read role)
         * @return this builder
         */
        public Builder migrate(boolean enabled) {
            this.migrate = enabled;
            return this;
        }

        /**
         * Registers an event class under its stable name, so that events written by any process
         * are read back into it. Classes the store writes are registered under their
         * {@link DomainEvent#type()} as they are written.
         *
         * @param name the stable name, such as {@code repair-order.checked-in}
         * @param type the event class
         * @return this builder
         */
        public Builder eventType(String name, Class<? extends DomainEvent> type) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Class<? extends DomainEvent> before = eventTypes.putIfAbsent(name, type);
            if (before != null && before != type) {
                throw new StorageException("store.eventNameTaken", JdbcMessages.MESSAGES.text("jdbc.eventNameTaken", name,
                        before.getName(), type.getName()), null);
            }
            return this;
        }

        /**
         * Registers one event class for a whole stream: every event name that starts with
         * {@code stream} and a dot, and that is not registered on its own (by
         * {@link #eventType} or by being written), is read back into it. For a module whose
         * one event class carries many names, such as the service desk's
         * {@code repair-order.*} events.
         *
         * @param stream the part of the names before their first dot, such as {@code repair-order}
         * @param type the event class
         * @return this builder
         */
        public Builder eventStream(String stream, Class<? extends DomainEvent> type) {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(type, "type");
            Class<? extends DomainEvent> before = eventStreams.putIfAbsent(stream, type);
            if (before != null && before != type) {
                throw new StorageException("store.eventNameTaken", JdbcMessages.MESSAGES.text("jdbc.eventNameTaken",
                        stream + ".*", before.getName(), type.getName()), null);
            }
            return this;
        }

        /**
         * @param jsonMapper a hardened mapper (see {@code AftersalesJson.builder}) with any further modules
         * @return this builder
         */
        public Builder mapper(JsonMapper jsonMapper) {
            this.mapper = Objects.requireNonNull(jsonMapper, "mapper");
            return this;
        }

        /**
         * Applies the settings found in the given properties, then system properties, then
         * environment variables (see the table on {@link JdbcStoreConfig}) over what this builder
         * holds: an app sets its own defaults in code (such as its own H2 file) and people still
         * switch it to another database without code.
         *
         * @param properties provider properties, such as {@code StorageSettings.properties()}
         * @return this builder
         * @throws StorageException if a setting is not valid
         */
        public Builder settings(Map<String, String> properties) {
            return settings(properties, System::getProperty, System::getenv);
        }

        Builder settings(Map<String, String> properties, Function<String, String> system,
                Function<String, String> environment) {
            Function<String, Optional<String>> read = name -> {
                String key = PREFIX + name;
                String value = properties.get(key);
                if (value == null) {
                    value = system.apply(key);
                }
                if (value == null) {
                    value = environment.apply(envName(name));
                }
                return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
            };
            read.apply("url").ifPresent(this::url);
            read.apply("user").ifPresent(this::user);
            read.apply("password").ifPresent(this::password);
            read.apply("schema").ifPresent(v -> schema(setting("schema", v, () -> v)));
            read.apply("poolSize").ifPresent(v -> poolSize(setting("poolSize", v, () -> Integer.parseInt(v))));
            read.apply("connectionTimeout").ifPresent(v -> connectionTimeout(
                    setting("connectionTimeout", v, () -> Duration.ofMillis(Long.parseLong(v)))));
            read.apply("migrate").ifPresent(v -> migrate(setting("migrate", v, () -> parseBoolean(v))));
            return this;
        }

        /** @return the configuration */
        public JdbcStoreConfig build() {
            return new JdbcStoreConfig(this);
        }
    }
}
