package org.aftersales.core.storekit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the kit moves by hand, to cross year ends. */
public final class KitClock extends Clock {

    private final AtomicReference<Instant> now;

    /** @param start the first instant */
    public KitClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** @param instant the new current instant */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
