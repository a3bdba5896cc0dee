package org.aftersales.inventory.operations;

import java.util.Objects;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;

/**
 * What a secondary dealer or service station reports it has of a part (P7; seed 000: know the
 * sub-dealers' stock and refill it in time), with the levels agreed with it.
 *
 * @param dealer the dealer
 * @param part the part
 * @param onHand the pieces it has
 * @param refillAt refill when it has this many or fewer
 * @param refillTo refill up to this many
 */
public record DealerStock(CustomerId dealer, PartNumber part, long onHand, long refillAt, long refillTo) {

    /** Checks the parts. */
    public DealerStock {
        Objects.requireNonNull(dealer, "dealer");
        Objects.requireNonNull(part, "part");
        if (onHand < 0 || refillAt < 0 || refillTo < refillAt) {
            throw new IllegalArgumentException("dealer stock levels must satisfy 0 <= refillAt <= refillTo and"
                    + " onHand >= 0, not " + onHand + ", " + refillAt + ", " + refillTo);
        }
    }

    /**
     * A refill this warehouse should send.
     *
     * @param stock the dealer's report
     * @param quantity the pieces to send
     * @param coveredFromStock whether this warehouse's free stock covers it today
     */
    public record Refill(DealerStock stock, long quantity, boolean coveredFromStock) {
    }
}
