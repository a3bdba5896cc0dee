package org.aftersales.complaints;

import org.aftersales.core.value.Money;

/**
 * One cost of handling a complaint (K4, K5) and who bears it: a department id, the
 * manufacturer, the customer, or whatever party code the dealership uses.
 *
 * @param type the kind of cost
 * @param amount how much, not negative
 * @param bearer who bears it
 */
public record Cost(CostType type, Money amount, String bearer) {

    /** Checks every part. */
    public Cost {
        var v = ComplaintMessages.violations().required("type", type).required("amount", amount)
                .requiredText("bearer", bearer);
        if (amount != null && amount.amount().signum() < 0) {
            v.add("amount", "complaint.negative", amount);
        }
        v.throwIfPresent();
    }
}
