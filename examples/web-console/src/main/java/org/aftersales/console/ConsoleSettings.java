package org.aftersales.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

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
 */
public record ConsoleSettings(
        Clock clock, int bcryptCost, boolean secureCookies, Duration sessionIdle, int failedLoginLimit,
        Duration failedLoginWindow, int boardRefreshSeconds) {

    /** Checks the values. */
    public ConsoleSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sessionIdle, "sessionIdle");
        Objects.requireNonNull(failedLoginWindow, "failedLoginWindow");
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
                Duration.ofMinutes(15), 10);
    }

    /**
     * @param cost the BCrypt cost factor
     * @return a copy with it
     */
    public ConsoleSettings withBcryptCost(int cost) {
        return new ConsoleSettings(clock, cost, secureCookies, sessionIdle, failedLoginLimit, failedLoginWindow,
                boardRefreshSeconds);
    }

    /**
     * @param seconds the board's refresh interval
     * @return a copy with it
     */
    public ConsoleSettings withBoardRefreshSeconds(int seconds) {
        return new ConsoleSettings(clock, bcryptCost, secureCookies, sessionIdle, failedLoginLimit, failedLoginWindow,
                seconds);
    }

    /**
     * @param limit failed sign-ins allowed in the window
     * @return a copy with it
     */
    public ConsoleSettings withFailedLoginLimit(int limit) {
        return new ConsoleSettings(clock, bcryptCost, secureCookies, sessionIdle, limit, failedLoginWindow,
                boardRefreshSeconds);
    }
}
