package org.aftersales.serviceflow.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The labour guide's answer for one operation on one model (F5, F17).
 *
 * @param operation the operation code
 * @param hours the flat-rate ("flag") hours
 * @param skill the skill a team needs for it, such as {@code engine} or {@code electrical}
 */
public record LabourTime(String operation, BigDecimal hours, String skill) {

    /** Checks the parts; hours are positive. */
    public LabourTime {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(skill, "skill");
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("flat-rate hours must be positive: " + hours);
        }
    }
}
