package org.aftersales.core.deadline;

import org.aftersales.core.id.StaffId;

/**
 * A step taken when a set share of a deadline's target has passed (C13), for example 80%:
 * remind the owner; 100%: the owner's manager; 150%: the department manager. Each step fires
 * once.
 *
 * @param percent the share of the target, in percent, above 0
 * @param to who is told
 * @param staff the person told when {@code to} is {@link Escalation#STAFF}, else null
 */
public record EscalationStep(int percent, Escalation to, StaffId staff) {

    /** Who an escalation step tells. */
    public enum Escalation {
        /** The deadline's owner, or who the A/B routing picks when the owner is absent. */
        OWNER,
        /** The manager of the owner's department. */
        OWNER_MANAGER,
        /** The manager of the department whose calendar the target counts on (else the owner's). */
        DEPARTMENT_MANAGER,
        /** A named member of staff. */
        STAFF
    }

    /** Checks the share and the person. */
    public EscalationStep {
        var v = DeadlineMessages.violations().required("to", to);
        if (percent <= 0) {
            v.add("percent", "deadline.percent", percent);
        }
        if (to == Escalation.STAFF && staff == null) {
            v.add("staff", "required");
        }
        v.throwIfPresent();
    }

    /**
     * @param percent the share of the target
     * @param to who is told
     * @return the step
     */
    public static EscalationStep at(int percent, Escalation to) {
        return new EscalationStep(percent, to, null);
    }
}
