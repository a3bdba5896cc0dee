package org.aftersales.core.deadline;

import java.time.Instant;

/**
 * A time during which a deadline's subject was in a pausing state (waiting for parts, for the
 * customer's approval): the clock of the deadline stands still in it.
 *
 * @param from when the pause began
 * @param to when it ended, or null while it lasts
 */
public record PauseInterval(Instant from, Instant to) {

    /** Checks the ends. */
    public PauseInterval {
        var v = DeadlineMessages.violations().required("from", from);
        if (from != null && to != null && to.isBefore(from)) {
            v.add("to", "deadline.pauseOrder", from, to);
        }
        v.throwIfPresent();
    }

    /** @return true while the pause lasts */
    public boolean isOpen() {
        return to == null;
    }
}
