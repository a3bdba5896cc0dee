package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;

/**
 * A sale lost because a part was short and the customer walked away (P8, industry): kept so
 * replenishment and the supply-guarantee figures can see what shortages cost.
 *
 * @param id its number, such as {@code LS-2026-000001}
 * @param part the part
 * @param quantity the pieces asked for
 * @param customer the customer, or null when unknown
 * @param reason why, in the clerk's words
 * @param at when
 * @param clerk who recorded it
 */
public record LostSale(DocumentNumber id, PartNumber part, long quantity, CustomerId customer, String reason,
        Instant at, StaffId clerk) implements Aggregate<DocumentNumber> {

    /** Checks the parts. */
    public LostSale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(part, "part");
    }
}
