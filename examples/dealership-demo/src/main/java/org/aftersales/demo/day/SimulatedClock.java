package org.aftersales.demo.day;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The day's clock: it stands still until the script moves it, so every run prints the same
 * times on every machine. Only moves forward.
 */
public final class SimulatedClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /**
     * @param start the first instant
     * @param zone the dealership's zone
     */
    public SimulatedClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /**
     * Moves to a local time of the dealership, never backwards.
     *
     * @param local the local date and time
     */
    public void set(LocalDateTime local) {
        Instant next = local.atZone(zone).toInstant();
        if (next.isAfter(now)) {
            now = next;
        }
    }

    /**
     * Moves forward.
     *
     * @param step how far
     */
    public void advance(Duration step) {
        now = now.plus(step);
    }

    /** @return the local date and time now */
    public LocalDateTime local() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
