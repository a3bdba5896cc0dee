package org.aftersales.inventory;

import org.aftersales.core.error.Violations;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;

/**
 * How many pieces of one part lie in one bin.
 *
 * @param bin the location code
 * @param part the part number
 * @param quantity how many pieces, at least 1
 */
public record StockLine(BinCode bin, PartNumber part, long quantity) {

    /** Checks the parts are present and the quantity is positive. */
    public StockLine {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (bin == null) {
            v.add("bin", "required");
        }
        if (part == null) {
            v.add("part", "required");
        }
        if (quantity < 1 || quantity > 1_000_000_000L) {
            v.add("quantity", "stock.quantity", quantity);
        }
        v.throwIfPresent();
    }
}
