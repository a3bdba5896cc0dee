package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.inventory.PlacementDecision;

/**
 * Accepted goods waiting to go from the dock into a bin (P5), with the placement engine's
 * decision and its explanation (P3). Open until confirmed.
 *
 * @param task the task's number within its receipt, from 1
 * @param line the receipt line it comes from
 * @param part the part
 * @param quantity the pieces
 * @param lot the dates of the pieces (its bin is null: they are on the dock)
 * @param decision where the engine puts them and why, or null when no bin fits
 * @param unplaced why no bin fits, or null
 * @param bin the bin they were put into, or null while open
 * @param confirmedAt when the putaway was confirmed, or null
 * @param confirmedBy who confirmed it, or null
 * @param movement the movement on the bin card, or null
 */
public record PutawayTask(int task, int line, PartNumber part, long quantity, Lot lot, PlacementDecision decision,
        LocalizedText unplaced, BinCode bin, Instant confirmedAt, StaffId confirmedBy, MovementId movement) implements RefusalDetail {

    /** Checks the parts. */
    public PutawayTask {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(lot, "lot");
    }

    /** @return whether the goods are still on the dock */
    public boolean open() {
        return confirmedAt == null;
    }

    /** @return the bin the engine chose, or null when none fits */
    public BinCode decidedBin() {
        return decision == null ? null : decision.chosen().bin();
    }

    PutawayTask confirmed(BinCode into, Instant at, StaffId by, MovementId mv) {
        return new PutawayTask(task, line, part, quantity, lot, decision, unplaced, into, at, by, mv);
    }
}
