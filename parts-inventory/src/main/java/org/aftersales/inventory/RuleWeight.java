package org.aftersales.inventory;

import org.aftersales.core.error.Violations;

/**
 * A rule named in a rule set, with its weight.
 *
 * @param rule the rule id
 * @param weight the weight of a soft rule, 0 to 100 (ignored for hard rules)
 */
public record RuleWeight(String rule, double weight) {

    /** Checks the id and the weight. */
    public RuleWeight {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (rule == null || rule.isBlank()) {
            v.add("rule", "required");
        }
        if (!(weight >= 0) || weight > 100) {
            v.add("weight", "settings.range", weight, 0, 100);
        }
        v.throwIfPresent();
    }
}
