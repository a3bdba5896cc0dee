package org.aftersales.inventory;

import org.aftersales.core.error.Violations;
import org.aftersales.core.id.PartNumber;

/**
 * An incoming part and quantity to be placed (P3).
 *
 * @param part the part number
 * @param quantity how many pieces, at least 1
 */
public record PlacementRequest(PartNumber part, long quantity) {

    /** Checks the part is given and the quantity is positive. */
    public PlacementRequest {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (part == null) {
            v.add("part", "required");
        }
        if (quantity < 1 || quantity > 1_000_000_000L) {
            v.add("quantity", "stock.quantity", quantity);
        }
        v.throwIfPresent();
    }

    /**
     * @param part the part number
     * @param quantity how many pieces
     * @return the request
     */
    public static PlacementRequest of(PartNumber part, long quantity) {
        return new PlacementRequest(part, quantity);
    }
}
