package org.aftersales.complaints;

import java.time.Instant;
import org.aftersales.core.id.StaffId;

/**
 * The manager's decision (K6): whether the complaint is accepted and how it is handled. The
 * manager has the final say; a later decision replaces an earlier one, and both are in the
 * event log.
 *
 * @param manager who decided
 * @param accepted true when the dealership accepts the complaint
 * @param handling how it is to be handled
 * @param at when
 */
public record ManagerDecision(StaffId manager, boolean accepted, String handling, Instant at) {

    /** Checks the parts. */
    public ManagerDecision {
        ComplaintMessages.violations().required("manager", manager).requiredText("handling", handling)
                .required("at", at).throwIfPresent();
    }
}
