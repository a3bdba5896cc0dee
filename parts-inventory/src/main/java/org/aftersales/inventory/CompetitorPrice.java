package org.aftersales.inventory;

import org.aftersales.core.error.Violations;
import org.aftersales.core.value.Money;

/**
 * What a competitor asks for the same part, where known (P1, 000).
 *
 * @param competitor who asks it
 * @param price the price
 */
public record CompetitorPrice(String competitor, Money price) {

    /** Checks the parts are present. */
    public CompetitorPrice {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (competitor == null || competitor.isBlank()) {
            v.add("competitor", "required");
        }
        if (price == null) {
            v.add("price", "required");
        }
        v.throwIfPresent();
    }
}
