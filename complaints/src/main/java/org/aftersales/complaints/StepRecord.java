package org.aftersales.complaints;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.core.id.StaffId;

/**
 * One handling step done (K3), with who did it, when, and what they recorded.
 *
 * @param step the step
 * @param actor who did it
 * @param at when
 * @param note what was recorded: the account, the analysis, the solution, the measure...
 */
public record StepRecord(Step step, StaffId actor, Instant at, String note) {

    /** Checks the parts. */
    public StepRecord {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
