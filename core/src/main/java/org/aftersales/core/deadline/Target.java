package org.aftersales.core.deadline;

import java.time.Duration;
import org.aftersales.core.id.DepartmentId;

/**
 * How long a deadline runs (C13): a business duration counted on a department's calendar
 * (only while it is open), or a plain duration when {@code department} is null.
 *
 * @param duration how long, positive
 * @param department the department whose opening hours count, or null for plain time
 */
public record Target(Duration duration, DepartmentId department) {

    /** Checks the duration is positive. */
    public Target {
        var v = DeadlineMessages.violations().required("duration", duration);
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            v.add("duration", "deadline.target", duration);
        }
        v.throwIfPresent();
    }

    /**
     * @param department the department whose hours count
     * @param duration how much business time
     * @return the target
     */
    public static Target business(DepartmentId department, Duration duration) {
        DeadlineMessages.violations().required("department", department).throwIfPresent();
        return new Target(duration, department);
    }

    /**
     * @param duration how much plain time
     * @return the target
     */
    public static Target plain(Duration duration) {
        return new Target(duration, null);
    }

    /** @return true when counted in business time */
    public boolean isBusiness() {
        return department != null;
    }
}
