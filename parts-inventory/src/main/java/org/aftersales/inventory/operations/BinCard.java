package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;

/**
 * The card of a bin (填写卡片, P5): every movement in or out of it, oldest first, with the
 * balance after each. Rebuilt from the movements, so it can never disagree with the ledger.
 *
 * @param bin the bin
 * @param entries the entries, oldest first
 */
public record BinCard(BinCode bin, List<Entry> entries) {

    /** Copies the list. */
    public BinCard {
        entries = List.copyOf(entries);
    }

    /** @return the pieces in the bin after the last entry */
    public long balance() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).balance();
    }

    /**
     * One line of the card.
     *
     * @param movement the movement
     * @param at when
     * @param kind what kind
     * @param part the part
     * @param quantity pieces in (positive) or out (negative)
     * @param balance the pieces of that part in the bin afterwards
     * @param document what it was for
     */
    public record Entry(MovementId movement, Instant at, MovementKind kind, PartNumber part, long quantity,
            long balance, String document) {
    }
}
