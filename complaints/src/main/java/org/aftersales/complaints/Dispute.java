package org.aftersales.complaints;

import java.time.Instant;
import org.aftersales.core.id.StaffId;

/**
 * A dispute with the customer (K6), coordinated by a designated person and settled under the
 * contract's terms.
 *
 * @param coordinator who coordinates it
 * @param contractTerms the contract and clauses it is settled under
 * @param openedBy who opened it
 * @param at when
 */
public record Dispute(StaffId coordinator, String contractTerms, StaffId openedBy, Instant at) {

    /** Checks the parts. */
    public Dispute {
        ComplaintMessages.violations().required("coordinator", coordinator).requiredText("contractTerms", contractTerms)
                .required("openedBy", openedBy).required("at", at).throwIfPresent();
    }
}
