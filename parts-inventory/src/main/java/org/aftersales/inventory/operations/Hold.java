package org.aftersales.inventory.operations;

import java.util.Objects;
import org.aftersales.core.supply.SupplyDocument;

/**
 * Pieces of a part held for a document: a reservation (P6, P12). A value.
 *
 * @param document the document that holds them
 * @param quantity how many pieces, at least 1
 */
public record Hold(SupplyDocument document, long quantity) {

    /** Checks the parts. */
    public Hold {
        Objects.requireNonNull(document, "document");
        if (quantity < 1) {
            throw new IllegalArgumentException("a hold is at least one piece, not " + quantity);
        }
    }
}
