package org.aftersales.complaints;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.core.id.StaffId;

/**
 * A hand-over asked for but not yet acknowledged (K1). Until the named colleague acknowledges
 * it, the one who asked still owns the complaint.
 *
 * @param from the owner who asked
 * @param to the colleague who must acknowledge
 * @param requestedAt when it was asked
 */
public record HandOver(StaffId from, StaffId to, Instant requestedAt) {

    /** Checks the parts. */
    public HandOver {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
