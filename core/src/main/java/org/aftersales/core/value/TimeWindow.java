package org.aftersales.core.value;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.error.Violations;

/**
 * A half-open span of time {@code [start, end)} (C2): an appointment slot, an opening period,
 * an assessment period. The end is after the start.
 *
 * @param start the first instant inside
 * @param end the first instant after
 */
public record TimeWindow(Instant start, Instant end) {

    /** Checks the window is not empty or reversed. */
    public TimeWindow {
        Violations v = ValueMessages.violations();
        v.required("start", start);
        v.required("end", end);
        if (start != null && end != null && !end.isAfter(start)) {
            v.add("end", "window.order", start, end);
        }
        v.throwIfPresent();
    }

    /**
     * A window from a start and a length.
     *
     * @param start the start
     * @param length the positive length
     * @return the window
     */
    public static TimeWindow of(Instant start, Duration length) {
        return new TimeWindow(start, start.plus(length));
    }

    /**
     * Whether an instant is inside.
     *
     * @param instant the instant
     * @return true when start &lt;= instant &lt; end
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * Whether two windows share any instant.
     *
     * @param other the other window
     * @return true when they overlap
     */
    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** @return the length of the window */
    public Duration duration() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
