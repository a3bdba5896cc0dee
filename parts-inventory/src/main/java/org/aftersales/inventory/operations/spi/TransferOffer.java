package org.aftersales.inventory.operations.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link TransferSource} can send: how many pieces and the day they would arrive here.
 *
 * @param source the id of the source that makes the offer
 * @param stock the stock it comes from, as people know it ("Handan Junda, 2nd store")
 * @param kind what kind of stock
 * @param available the pieces it can send, at least 1
 * @param arrives the day they would arrive
 */
public record TransferOffer(String source, String stock, Kind kind, long available, LocalDate arrives) {

    /** Kinds of transfer source. */
    public enum Kind {
        /** Another dealership of the same group or region. */
        SISTER_DEALER,
        /** The group's or maker's central warehouse. */
        CENTRAL_WAREHOUSE
    }

    /** Checks the parts. */
    public TransferOffer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(arrives, "arrives");
        if (available < 1) {
            throw new IllegalArgumentException("an offer sends at least one piece, not " + available);
        }
    }
}
