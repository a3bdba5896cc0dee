package org.aftersales.core.deadline;

import java.time.Duration;
import org.aftersales.core.id.DepartmentId;

/**
 * How long a deadline runs (C13): a business duration counted on a department's calendar
 * (only while it is open), a duration counted on the department's working days only (whole
 * days, such as "three working days": the opening hours do not matter, only whether the day is
 * a working day), or a plain duration when {@code department} is null.
 *
 * @param duration how long, positive
 * @param department the department whose opening hours or working days count, or null for plain time
 * @param workingDays true to count the department's working days, around the clock, instead of its opening hours
 */
public record Target(Duration duration, DepartmentId department, boolean workingDays) {

    /** Checks the duration is positive and working days name a department. */
    public Target {
        var v = DeadlineMessages.violations().required("duration", duration);
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            v.add("duration", "deadline.target", duration);
        }
        if (workingDays) {
            v.required("department", department);
        }
        v.throwIfPresent();
    }

    /**
     * A target in business time (opening hours) or plain time.
     *
     * @param duration how long, positive
     * @param department the department whose opening hours count, or null for plain time
     */
    public Target(Duration duration, DepartmentId department) {
        this(duration, department, false);
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
     * A target of whole working days of a department: a deadline set at 16:00 on the day before
     * a week's holiday with three working days falls at 16:00 on the third working day after it.
     *
     * @param department the department whose working days count
     * @param days how many working days, positive
     * @return the target
     */
    public static Target workingDays(DepartmentId department, int days) {
        return new Target(Duration.ofDays(days), department, true);
    }

    /**
     * @param duration how much plain time
     * @return the target
     */
    public static Target plain(Duration duration) {
        return new Target(duration, null);
    }

    /** @return true when counted on a department's calendar (opening hours or working days) */
    public boolean isBusiness() {
        return department != null;
    }
}
