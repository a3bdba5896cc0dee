package org.aftersales.serviceflow;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.core.id.StaffId;

/**
 * One quality check of a repair (F8). A failure carries a reason code and a failure report and
 * sends the order back to repair.
 *
 * @param level which check
 * @param passed whether it passed
 * @param inspector who checked
 * @param reasonCode why it failed; null when passed
 * @param report the failure report; null when passed
 * @param at when
 */
public record QualityCheck(Level level, boolean passed, StaffId inspector, String reasonCode, String report,
        Instant at) {

    /** The four checks, in the order they happen. */
    public enum Level {
        /** The technician's own check. */
        SELF,
        /** The team leader's re-check. */
        TEAM_LEADER,
        /** The final inspection. */
        FINAL,
        /** The advisor's check before delivery. */
        PRE_DELIVERY
    }

    /** Checks the parts are present. */
    public QualityCheck {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(inspector, "inspector");
        Objects.requireNonNull(at, "at");
    }
}
