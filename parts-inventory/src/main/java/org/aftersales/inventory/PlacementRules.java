package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.error.Violations;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;

/**
 * A catalogue of placement rules and named rule sets (P3). Immutable; {@code with} methods
 * return new catalogues. The rules are {@link org.aftersales.core.plugin.Plugin plugins}
 * held by a {@link PluginHost}, so ids are unique and a failing rule is reported by its id.
 *
 * <ul>
 *   <li>{@link #standard()}: the built-in rules and rule sets ({@code standard},
 *       {@code counter-first}, {@code compact}), without discovery.</li>
 *   <li>{@link #discover()}: the same plus every {@link PlacementRule} the plugin host's
 *       default discovery finds with {@link java.util.ServiceLoader} on the module path or
 *       class path. This is the catalogue a {@link PlacementEngine} uses unless it is given
 *       one.</li>
 * </ul>
 */
public final class PlacementRules {

    private final PluginHost<PlacementRule> rules;
    private final Map<String, RuleSet> sets;

    private PlacementRules(PluginHost<PlacementRule> rules, Map<String, RuleSet> sets) {
        this.rules = rules;
        this.sets = sets;
    }

    /** @return the built-in rules and rule sets, with no discovery */
    public static PlacementRules standard() {
        return of(PluginHost.builder(PlacementRule.class).discovery(false));
    }

    /**
     * The built-in rules and sets, registered by hand, plus every rule found by the plugin
     * host's default discovery ({@link java.util.ServiceLoader}).
     *
     * @return the catalogue
     * @throws org.aftersales.core.error.PluginFailureException when a provider cannot be
     *     loaded, or a discovered rule takes an id already used (a built-in's included)
     */
    public static PlacementRules discover() {
        return of(PluginHost.builder(PlacementRule.class));
    }

    private static PlacementRules of(PluginHost.Builder<PlacementRule> host) {
        for (PlacementRule r : StandardRules.rules()) {
            host.register(r);
        }
        Map<String, RuleSet> sets = new LinkedHashMap<>();
        for (RuleSet s : StandardRules.ruleSets()) {
            sets.put(s.name(), s);
        }
        return new PlacementRules(host.build(), sets);
    }

    /**
     * Adds a rule registered by hand.
     *
     * @param rule the rule
     * @return a new catalogue
     * @throws org.aftersales.core.error.PluginFailureException when the id is taken
     */
    public PlacementRules with(PlacementRule rule) {
        return new PlacementRules(rules.with(rule), sets);
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

    /** @return every rule, in plugin order ({@link org.aftersales.core.plugin.Plugin#ORDER}) */
    public List<PlacementRule> rules() {
        return rules.plugins();
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
        return rules.find(id);
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
        // every rule the engine keeps is guarded: whatever it throws names it
        Violations v = new Violations(InventoryMessages.MESSAGES);
        RuleSet set = sets.get(name);
        if (set == null) {
            v.add("ruleSet", "rules.unknownSet", name).throwIfPresent();
        }
        List<PlacementRule> hard = new ArrayList<>();
        List<PlacementRule> soft = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String id : StandardRules.HARD_IDS) {
            rules.find(id).map(GuardedRule::of).ifPresent(hard::add);
        }
        for (int i = 0; i < set.rules().size(); i++) {
            RuleWeight rw = set.rules().get(i);
            PlacementRule r = rules.find(rw.rule()).map(GuardedRule::of).orElse(null);
            if (r == null) {
                v.add("rules[" + i + "].rule", "rules.unknownRule", rw.rule());
            } else if (r.kind() == RuleKind.HARD) {
                if (hard.stream().noneMatch(h -> h.id().equals(r.id()))) {
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
