package org.aftersales.inventory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.json.AftersalesJson;

/**
 * A named choice of placement rules and weights that a dealership picks (P3). The built-in
 * hard rules always apply, whether named or not; a rule set adds soft rules with weights and
 * any further hard rules of plugins. JSON-loadable:
 * {@code {"name": "mine", "description": {"en": "...", "zh": "..."}, "rules": [{"rule":
 * "fast-movers-near-counter", "weight": 3}]}}.
 *
 * @param name the name, unique in a catalogue
 * @param description what the set favours, in English and Chinese
 * @param rules the rules and their weights, each rule once
 */
public record RuleSet(String name, LocalizedText description, List<RuleWeight> rules) {

    /** Checks the name and that no rule is named twice. */
    public RuleSet {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (name == null || name.isBlank()) {
            v.add("name", "required");
        }
        if (description == null) {
            v.add("description", "required");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!seen.add(rules.get(i).rule())) {
                v.add("rules[" + i + "].rule", "rules.duplicate", rules.get(i).rule());
            }
        }
        v.throwIfPresent();
    }

    /**
     * Reads a rule set from JSON.
     *
     * @param json the document
     * @return the rule set
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static RuleSet fromJson(String json) {
        return AftersalesJson.read(json, RuleSet.class);
    }
}
