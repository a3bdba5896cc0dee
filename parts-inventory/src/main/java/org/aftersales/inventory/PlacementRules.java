package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.aftersales.core.error.Violations;
import org.aftersales.inventory.internal.InventoryMessages;
import org.aftersales.inventory.internal.ResolvedRules;
import org.aftersales.inventory.internal.StandardRules;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;

/**
 * A catalogue of placement rules and named rule sets (P3). Immutable; {@code with} methods
 * return new catalogues.
 *
 * <ul>
 *   <li>{@link #standard()}: the built-in rules and rule sets ({@code standard},
 *       {@code counter-first}, {@code compact}), without discovery.</li>
 *   <li>{@link #discover()}: the same plus every {@link PlacementRule} found with
 *       {@link ServiceLoader} on the module path or class path.</li>
 * </ul>
 */
public final class PlacementRules {

    private final Map<String, PlacementRule> rules;
    private final Map<String, RuleSet> sets;

    private PlacementRules(Map<String, PlacementRule> rules, Map<String, RuleSet> sets) {
        this.rules = rules;
        this.sets = sets;
    }

    /** @return the built-in rules and rule sets */
    public static PlacementRules standard() {
        PlacementRules out = new PlacementRules(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (PlacementRule r : StandardRules.rules()) {
            out = out.with(r);
        }
        for (RuleSet s : StandardRules.ruleSets()) {
            out = out.withRuleSet(s);
        }
        return out;
    }

    /**
     * The built-in rules and sets plus every rule found with {@link ServiceLoader}. The built-in
     * providers themselves are found too and kept once.
     *
     * @return the catalogue
     * @throws org.aftersales.core.error.ValidationException when two discovered rules share an id
     */
    public static PlacementRules discover() {
        PlacementRules out = standard();
        for (PlacementRule r : ServiceLoader.load(PlacementRule.class, PlacementRules.class.getClassLoader())) {
            PlacementRule known = out.rules.get(r.id());
            if (known != null && known.getClass().equals(r.getClass())) {
                continue;
            }
            out = out.with(r);
        }
        return out;
    }

    /**
     * Adds a rule registered by hand.
     *
     * @param rule the rule
     * @return a new catalogue
     * @throws org.aftersales.core.error.ValidationException when the id is taken
     */
    public PlacementRules with(PlacementRule rule) {
        if (rules.containsKey(rule.id())) {
            new Violations(InventoryMessages.MESSAGES).add("rules", "rules.duplicateId", rule.id()).throwIfPresent();
        }
        Map<String, PlacementRule> copy = new LinkedHashMap<>(rules);
        copy.put(rule.id(), rule);
        return new PlacementRules(copy, sets);
    }

    /**
     * Adds a rule set; its rules must be in the catalogue when it is used.
     *
     * @param set the rule set
     * @return a new catalogue
     * @throws org.aftersales.core.error.ValidationException when the name is taken
     */
    public PlacementRules withRuleSet(RuleSet set) {
        if (sets.containsKey(set.name())) {
            new Violations(InventoryMessages.MESSAGES).add("ruleSets", "rules.duplicateSet", set.name()).throwIfPresent();
        }
        Map<String, RuleSet> copy = new LinkedHashMap<>(sets);
        copy.put(set.name(), set);
        return new PlacementRules(rules, copy);
    }

    /** @return every rule, in registration order */
    public List<PlacementRule> rules() {
        return List.copyOf(rules.values());
    }

    /** @return every rule set, in registration order */
    public List<RuleSet> ruleSets() {
        return List.copyOf(sets.values());
    }

    /**
     * @param id a rule id
     * @return the rule, if registered
     */
    public Optional<PlacementRule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * @param name a rule set name
     * @return the rule set, if registered
     */
    public Optional<RuleSet> ruleSet(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    /**
     * Resolves a rule set: the built-in hard rules, then the set's rules with their weights.
     *
     * @param name the rule set name
     * @return the resolved rules
     * @throws org.aftersales.core.error.ValidationException when the set or one of its rules is
     *     unknown
     */
    ResolvedRules resolve(String name) {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        RuleSet set = sets.get(name);
        if (set == null) {
            v.add("ruleSet", "rules.unknownSet", name).throwIfPresent();
        }
        List<PlacementRule> hard = new ArrayList<>();
        List<PlacementRule> soft = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String id : StandardRules.HARD_IDS) {
            PlacementRule r = rules.get(id);
            if (r != null) {
                hard.add(r);
            }
        }
        for (int i = 0; i < set.rules().size(); i++) {
            RuleWeight rw = set.rules().get(i);
            PlacementRule r = rules.get(rw.rule());
            if (r == null) {
                v.add("rules[" + i + "].rule", "rules.unknownRule", rw.rule());
            } else if (r.kind() == RuleKind.HARD) {
                if (!hard.contains(r)) {
                    hard.add(r);
                }
            } else {
                soft.add(r);
                weights.add(rw.weight());
            }
        }
        v.throwIfPresent();
        return new ResolvedRules(set.name(), hard, soft, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
