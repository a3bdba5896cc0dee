package org.aftersales.core.supply;

import org.aftersales.core.error.Violations;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.value.Quantity;

/**
 * One line of parts a document needs: a part and how many.
 *
 * @param part the part number
 * @param quantity how many, more than zero
 */
public record PartLine(PartNumber part, Quantity quantity) {

    /** Checks both parts, listing every problem. */
    public PartLine {
        Violations v = SupplyMessages.violations();
        if (part == null) {
            v.add("part", "required");
        }
        if (quantity == null) {
            v.add("quantity", "required");
        } else if (quantity.amount().signum() <= 0) {
            v.add("quantity", "supply.quantity.positive", quantity);
        }
        v.throwIfPresent();
    }
}
