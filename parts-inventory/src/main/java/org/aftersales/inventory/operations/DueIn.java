package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Pieces of a part expected to arrive: an order to the manufacturer or a transfer. A value.
 *
 * @param reference the purchase order or transfer number
 * @param date the day they are expected
 * @param quantity how many pieces, at least 1
 */
public record DueIn(String reference, LocalDate date, long quantity) {

    /** Checks the parts. */
    public DueIn {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(date, "date");
        if (quantity < 1) {
            throw new IllegalArgumentException("due-in is at least one piece, not " + quantity);
        }
    }
}
