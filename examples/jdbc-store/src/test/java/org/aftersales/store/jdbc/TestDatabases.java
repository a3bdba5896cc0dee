package org.aftersales.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.store.spi.StorageSettings;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh, empty databases for the tests: in-memory H2 always; PostgreSQL when
 * {@code AFTERSALES_TEST_PG_URL} is set (a new schema per storage, dropped when it closes).
 * Without that variable the PostgreSQL tests are skipped, except under {@code CI=true}, where
 * they fail: CI never skips them.
 */
final class TestDatabases {

    static final String PG_URL = "AFTERSALES_TEST_PG_URL";
    static final String PG_USER = "AFTERSALES_TEST_PG_USER";
    static final String PG_PASSWORD = "AFTERSALES_TEST_PG_PASSWORD";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private TestDatabases() {
    }

    /** @return a configuration of a new in-memory H2 database, gone when its storage closes */
    static JdbcStoreConfig.Builder h2Config() {
        return JdbcStoreConfig.builder().url("jdbc:h2:mem:kit-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet())
                .eventType("Noted", Noted.class);
    }

    static Storage.Builder h2() {
        return Storage.builder().discovery(false).provider(new JdbcStorageProvider(h2Config().build()));
    }

    /** @return the PostgreSQL URL, or skips (fails under CI=true) when none is set */
    static String pgUrl() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            String message = "PostgreSQL tests need " + PG_URL + " (for example jdbc:postgresql://127.0.0.1:55432/postgres)"
                    + " and " + PG_USER + " (default postgres); .ci/run starts a throwaway cluster and sets them";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true, so the PostgreSQL tests must run, but " + message);
            }
            if (TOLD.compareAndSet(false, true)) {
                System.err.println("[jdbc-store] PostgreSQL tests SKIPPED: " + message);
            }
            Assumptions.abort("skipped: " + message);
        }
        return url;
    }

    static String pgUser() {
        String user = System.getenv(PG_USER);
        return user == null || user.isBlank() ? "postgres" : user;
    }

    static String pgPassword() {
        String password = System.getenv(PG_PASSWORD);
        return password == null ? "" : password;
    }

    /** @return the password of a configuration's user: the test PostgreSQL's, or H2's empty one */
    static String pgPasswordOr(JdbcStoreConfig config) {
        return config.url().startsWith("jdbc:postgresql:") ? pgPassword() : "";
    }

    /** @return a configuration of a new schema on the test PostgreSQL */
    static JdbcStoreConfig.Builder pgConfig() {
        return JdbcStoreConfig.builder().url(pgUrl()).user(pgUser()).password(pgPassword())
                .schema("kit_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet())
                .eventType("Noted", Noted.class);
    }

    static Storage.Builder pg() {
        return Storage.builder().discovery(false).provider(dropping(pgConfig().build()));
    }

    /** A provider whose engines drop their schema when they close. */
    static StorageProvider dropping(JdbcStoreConfig config) {
        JdbcStorageProvider inner = new JdbcStorageProvider(config);
        return new StorageProvider() {
            @Override
            public String id() {
                return inner.id();
            }

            @Override
            public StorageEngine open(StorageSettings settings) {
                return new ClosingEngine(inner.open(settings),
                        () -> admin("DROP SCHEMA IF EXISTS " + config.schema() + " CASCADE"));
            }
        };
    }

    /** Runs statements on the test PostgreSQL as its admin user. */
    static void admin(String... sql) {
        try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), pgPassword());
                Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return operations per thread in the large concurrency checks (system property aftersales.test.opsPerThread) */
    static int opsPerThread(String property, int fallback) {
        return Integer.getInteger(property, Integer.getInteger("aftersales.test.opsPerThread", fallback));
    }
}
