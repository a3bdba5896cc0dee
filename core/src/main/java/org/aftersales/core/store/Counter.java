package org.aftersales.core.store;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.error.ConcurrentUpdateException;

/**
 * The counter of one sequence and period. Whoever holds the permit may read and advance the
 * value: a single take holds it for one increment, a transaction from its first take until it
 * ends. The permit is not tied to a thread, so a nested transaction on the same thread waits
 * like any other instead of reusing the outer one's numbers.
 */
final class Counter {

    private final String name;
    private final Semaphore permit = new Semaphore(1);
    private long value;

    Counter(String name) {
        this.name = name;
    }

    void acquire(Duration timeout) {
        if (permit.tryAcquire()) {
            return;
        }
        try {
            if (permit.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw ConcurrentUpdateException.busy("sequence", name, timeout);
    }

    /** @return the committed value; only while holding the permit */
    long value() {
        return value;
    }

    /** Advances the committed value; only while holding the permit. */
    void advance(long by) {
        value += by;
    }

    void release() {
        permit.release();
    }

    long next(Duration timeout) {
        acquire(timeout);
        try {
            return ++value;
        } finally {
            release();
        }
    }
}
