package org.aftersales.complaints.spi;

import java.util.Objects;
import org.aftersales.complaints.Cause;
import org.aftersales.complaints.Severity;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.DepartmentId;

/**
 * What a {@link ComplaintRouting} plugin is asked.
 *
 * @param number the complaint
 * @param cause its cause
 * @param severity its severity
 * @param category the dealership's category code
 * @param ownerDepartment the department of the complaint's owner
 */
public record RoutingQuestion(ComplaintNumber number, Cause cause, Severity severity, String category,
        DepartmentId ownerDepartment) {

    /** Checks the parts. */
    public RoutingQuestion {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ownerDepartment, "ownerDepartment");
    }
}
