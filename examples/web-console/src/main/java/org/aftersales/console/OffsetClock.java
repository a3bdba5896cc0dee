package org.aftersales.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that follows another with an offset. The seeds set it back while they record the
 * day's earlier work, so that the screens open on a day already under way.
 */
final class OffsetClock extends Clock {
    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    OffsetClock(Clock base) {
        this.base = base;
    }

    void offset(Duration value) {
        offset = value;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
