package org.aftersales.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.aftersales.store.jdbc.JdbcStoreConfig;

/**
 * What a dealership may tune in the console. Every value has our default
 * ({@link #defaults(Clock)}); change one with the {@code with...} methods.
 *
 * @param clock the clock for sessions, sign-in limits and the board's colours
 * @param bcryptCost the BCrypt cost factor for password hashes (default 12)
 * @param secureCookies whether cookies carry the {@code Secure} flag (default true; browsers
 *     accept secure cookies from {@code http://localhost}, so only turn it off behind a plain
 *     HTTP proxy on another host)
 * @param sessionIdle how long a session lives without a request (default 30 minutes)
 * @param failedLoginLimit failed sign-ins allowed per user name and per address within the window
 *     (default 5)
 * @param failedLoginWindow the window of the limit (default 15 minutes)
 * @param boardRefreshSeconds how often the lounge board fetches itself again (default 10 s)
 * @param store where the dealership's data lives (default {@link #storeFromSettings()}: an
 *     embedded H2 file under {@code ~/.aftersales/console/}, unless {@code aftersales.store.*}
 *     system properties or {@code AFTERSALES_STORE_*} environment variables say otherwise)
 */
public record ConsoleSettings(
        Clock clock, int bcryptCost, boolean secureCookies, Duration sessionIdle, int failedLoginLimit,
        Duration failedLoginWindow, int boardRefreshSeconds, JdbcStoreConfig store) {

    /** Checks the values. */
    public ConsoleSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(failedLoginWindow, "failedLoginWindow");
        Objects.requireNonNull(store, "store");
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException("bcryptCost was " + bcryptCost + "; BCrypt takes 4 to 31");
        }
        if (failedLoginLimit < 1) {
            throw new IllegalArgumentException("failedLoginLimit was " + failedLoginLimit + "; at least 1");
        }
        if (boardRefreshSeconds < 1) {
            throw new IllegalArgumentException("boardRefreshSeconds was " + boardRefreshSeconds + "; at least 1");
        }
    }

    /**
     * @param clock the clock
     * @return our defaults
     */
    public static ConsoleSettings defaults(Clock clock) {
        return new ConsoleSettings(clock, Accounts.DEFAULT_COST, true, Duration.ofMinutes(30), 5,
                Duration.ofMinutes(15), 10, storeFromSettings());
    }

    /**
     * The console's own H2 file: {@code ~/.aftersales/console/console.mv.db}, apart from the
     * demo's, so that the two can run at once without waiting for each other's file lock. Our
     * default; {@link #storeFromSettings()} lets settings replace it.
     *
     * @return the file, without H2's {@code .mv.db} ending
     */
    public static Path defaultFile() {
        return JdbcStoreConfig.userData("console").resolve("console");
    }

    /**
     * The store the console opens: {@link #defaultFile()}, or whatever the
     * {@code aftersales.store.*} system properties and {@code AFTERSALES_STORE_*} environment
     * variables say ({@code url}, {@code user}, {@code password}, {@code schema},
     * {@code poolSize}, ...; see {@link JdbcStoreConfig}), so that the console moves to
     * PostgreSQL or another schema without code.
     *
     * @return the store's configuration
     * @throws org.aftersales.core.error.StorageException if a setting is not valid
     */
    public static JdbcStoreConfig storeFromSettings() {
        return JdbcStoreConfig.builder().url(JdbcStoreConfig.h2File(defaultFile())).settings(Map.of()).build();
    }

    /**
     * @param config where the dealership's data lives
     * @return a copy with it
     */
    public ConsoleSettings withStore(JdbcStoreConfig config) {
        return new ConsoleSettings(clock, bcryptCost, secureCookies, sessionIdle, failedLoginLimit, failedLoginWindow,
                boardRefreshSeconds, config);
    }

    /**
     * @param cost the BCrypt cost factor
     * @return a copy with it
     */
    public ConsoleSettings withBcryptCost(int cost) {
        return new ConsoleSettings(clock, cost, secureCookies, sessionIdle, failedLoginLimit, failedLoginWindow,
                boardRefreshSeconds, store);
    }

    /**
     * @param seconds the board's refresh interval
     * @return a copy with it
     */
    public ConsoleSettings withBoardRefreshSeconds(int seconds) {
        return new ConsoleSettings(clock, bcryptCost, secureCookies, sessionIdle, failedLoginLimit, failedLoginWindow,
                seconds, store);
    }

    /**
     * @param limit failed sign-ins allowed in the window
     * @return a copy with it
     */
    public ConsoleSettings withFailedLoginLimit(int limit) {
        return new ConsoleSettings(clock, bcryptCost, secureCookies, sessionIdle, limit, failedLoginWindow,
                boardRefreshSeconds, store);
    }
}
