package org.aftersales.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: at most {@link ConsoleSettings#failedLoginLimit()} failures per user
 * name, and {@value #PER_ADDRESS_FACTOR} times as many per client address (a front desk shares one
 * address), within {@link ConsoleSettings#failedLoginWindow()}. Past the limit
 * every attempt is refused, right password or not, until the oldest failure leaves the window;
 * a successful sign-in clears the name's count.
 */
final class LoginThrottle {

    /** How many times the per-name limit one client address may fail (our default). */
    static final int PER_ADDRESS_FACTOR = 4;

    private final ConsoleSettings settings;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(ConsoleSettings settings) {
        this.settings = settings;
    }

    /** @return how long until another attempt is allowed; zero when allowed now */
    Duration wait(String username, String address) {
        Instant now = settings.clock().instant();
        Duration a = waitFor(userKey(username), now, settings.failedLoginLimit());
        Duration b = waitFor("ip:" + address, now, settings.failedLoginLimit() * PER_ADDRESS_FACTOR);
        return a.compareTo(b) >= 0 ? a : b;
    }

    void failed(String username, String address) {
        Instant now = settings.clock().instant();
        record(userKey(username), now);
        record("ip:" + address, now);
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, q) -> {
            Deque<Instant> d = q == null ? new ArrayDeque<>() : q;
            prune(d, now);
            d.addLast(now);
            return d;
        });
    }

    private Duration waitFor(String key, Instant now, int limit) {
        Duration[] result = {Duration.ZERO};
        failures.computeIfPresent(key, (k, d) -> {
            prune(d, now);
            if (d.size() >= limit) {
                result[0] = Duration.between(now, d.peekFirst().plus(settings.failedLoginWindow()));
            }
            return d.isEmpty() ? null : d;
        });
        return result[0];
    }

    private void prune(Deque<Instant> d, Instant now) {
        Instant cutoff = now.minus(settings.failedLoginWindow());
        while (!d.isEmpty() && !d.peekFirst().isAfter(cutoff)) {
            d.removeFirst();
        }
    }
}
