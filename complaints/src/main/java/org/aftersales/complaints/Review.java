package org.aftersales.complaints;

import java.time.Instant;
import org.aftersales.core.id.StaffId;

/**
 * The review that ends the handling (K3, step 6): the root cause, the lesson drawn, and the
 * action that keeps it from happening again.
 *
 * @param rootCause why it happened
 * @param lesson what was learned
 * @param preventiveAction what is done so it does not happen again
 * @param by who reviewed
 * @param at when
 */
public record Review(String rootCause, String lesson, String preventiveAction, StaffId by, Instant at) {

    /** Checks every part. */
    public Review {
        ComplaintMessages.violations().requiredText("rootCause", rootCause).requiredText("lesson", lesson)
                .requiredText("preventiveAction", preventiveAction).required("by", by).required("at", at)
                .throwIfPresent();
    }
}
