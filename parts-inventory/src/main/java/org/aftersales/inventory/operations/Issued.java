package org.aftersales.inventory.operations;

import java.util.Objects;
import org.aftersales.core.supply.SupplyDocument;

/**
 * Pieces issued to a document, with the lot they came from, so a return puts back the very lot
 * (bin and dates) it left. A value.
 *
 * @param document the document
 * @param lot the pieces and where they came from
 */
public record Issued(SupplyDocument document, Lot lot) {

    /** Checks the parts. */
    public Issued {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(lot, "lot");
    }
}
