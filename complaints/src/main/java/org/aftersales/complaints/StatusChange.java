package org.aftersales.complaints;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.core.id.StaffId;

/**
 * One entry of a complaint's status history (K10): it entered {@code status} at {@code at}.
 *
 * @param status the status entered
 * @param at when
 * @param by who changed it
 */
public record StatusChange(Status status, Instant at, StaffId by) {

    /** Checks the parts. */
    public StatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
