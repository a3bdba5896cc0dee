package org.aftersales.console;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.store.jdbc.JdbcStoreConfig;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Stores for the console's tests: a new in-memory H2 database, an H2 file in a temporary folder,
 * or a new schema on the test PostgreSQL; never the user's home folder.
 */
final class TestStores {

    static final String PG_URL = "AFTERSALES_TEST_PG_URL";
    static final String PG_USER = "AFTERSALES_TEST_PG_USER";
    static final String PG_PASSWORD = "AFTERSALES_TEST_PG_PASSWORD";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestStores() {
    }

    /** @return a new in-memory H2 database, gone when the console closes */
    static JdbcStoreConfig memory() {
        return JdbcStoreConfig.builder().url("jdbc:h2:mem:console-" + ProcessHandle.current().pid() + "-"
                + NEXT.incrementAndGet()).poolSize(4).build();
    }

    /** @return an H2 file database in the folder */
    static JdbcStoreConfig file(Path folder) {
        return JdbcStoreConfig.builder().url(JdbcStoreConfig.h2File(folder.resolve("console"))).poolSize(4).build();
    }

    /** @return our defaults on a new in-memory store, with a cheap BCrypt cost */
    static ConsoleSettings settings(Clock clock) {
        return ConsoleSettings.defaults(clock).withBcryptCost(6).withStore(memory());
    }

    /**
     * @return a new schema on the test PostgreSQL; skips the test without
     *     {@code AFTERSALES_TEST_PG_URL}, and fails it under {@code CI=true}
     */
    static JdbcStoreConfig postgres() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            String message = "the console's PostgreSQL test needs " + PG_URL
                    + " (for example jdbc:postgresql://127.0.0.1:55432/postgres) and " + PG_USER
                    + " (default postgres); .ci/run starts a throwaway cluster and sets them";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true, so the PostgreSQL test must run, but " + message);
            }
            System.err.println("[web-console] PostgreSQL test SKIPPED: " + message);
            Assumptions.abort("skipped: " + message);
        }
        String user = System.getenv(PG_USER);
        String password = System.getenv(PG_PASSWORD);
        return JdbcStoreConfig.builder().url(url).user(user == null || user.isBlank() ? "postgres" : user)
                .password(password == null ? "" : password)
                .schema("console_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet()).poolSize(4).build();
    }
}
