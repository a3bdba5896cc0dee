package org.aftersales.inventory.operations;

import java.time.LocalDate;
import org.aftersales.core.id.BinCode;

/**
 * Pieces of one part lying together: in one bin (or on the receiving dock) with the same
 * production and expiry dates. A value.
 *
 * <p>A lot expires at the end of its expiry date: on that date it may still be issued and sold,
 * from the next day on it is blocked (our default reading of a printed "use by" date).
 *
 * @param bin the bin, or null while the goods are on the receiving dock awaiting putaway
 * @param quantity how many pieces, at least 1
 * @param produced the production date, or null when the part has none
 * @param expires the expiry date, or null when the part does not expire
 */
public record Lot(BinCode bin, long quantity, LocalDate produced, LocalDate expires) {

    /** Checks the quantity. */
    public Lot {
        if (quantity < 1) {
            throw new IllegalArgumentException("a lot holds at least one piece, not " + quantity);
        }
    }

    /**
     * @param today the day asked about
     * @return whether the lot is expired on that day
     */
    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }

    /** @return whether the lot is on the receiving dock rather than in a bin */
    public boolean onDock() {
        return bin == null;
    }

    boolean sameLotAs(BinCode otherBin, LocalDate otherProduced, LocalDate otherExpires) {
        return java.util.Objects.equals(bin, otherBin) && java.util.Objects.equals(produced, otherProduced)
                && java.util.Objects.equals(expires, otherExpires);
    }

    Lot withQuantity(long q) {
        return new Lot(bin, q, produced, expires);
    }
}
