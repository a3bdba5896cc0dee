package org.aftersales.inventory.operations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.Aggregate;

/**
 * One movement of stock (P6): typed, numbered without gaps, stored once and never edited. A
 * mistake is put right by a {@link MovementKind#REVERSAL} that points at the movement it undoes.
 *
 * @param id the movement's number
 * @param part the part
 * @param kind what kind of movement
 * @param bin the bin, or null for the receiving dock
 * @param quantity pieces in (positive) or out (negative); never zero
 * @param produced the production date of the lot moved, or null
 * @param expires the expiry date of the lot moved, or null
 * @param document the document it was made for (receipt, repair order, sale, transfer, count)
 * @param at when it was recorded
 * @param reverses the movement this one undoes, or null
 */
public record StockMovement(MovementId id, PartNumber part, MovementKind kind, BinCode bin, long quantity,
        LocalDate produced, LocalDate expires, String document, Instant at, MovementId reverses)
        implements RefusalDetail, Aggregate<MovementId> {

    /** Checks the parts. */
    public StockMovement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(at, "at");
        if (quantity == 0) {
            throw new IllegalArgumentException("a movement moves at least one piece");
        }
    }
}
