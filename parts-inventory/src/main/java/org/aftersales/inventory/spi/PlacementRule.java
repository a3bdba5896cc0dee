package org.aftersales.inventory.spi;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.plugin.Plugin;
import org.aftersales.inventory.Bin;

/**
 * A placement rule (P3): a hard rule that a bin must pass, or a soft rule that scores a bin
 * from 0 to 1. A dealership picks the soft rules and their weights in a
 * {@link org.aftersales.inventory.RuleSet}; the built-in hard rules always apply.
 *
 * <h2>Discovery and order</h2>
 * A rule is a {@link Plugin}, hosted by {@link org.aftersales.core.plugin.PluginHost} like
 * every extension point of the library. {@link org.aftersales.inventory.PlacementRules#discover()}
 * (what {@link org.aftersales.inventory.PlacementEngine.Builder} uses unless given a
 * catalogue) takes the built-in rules, registered by hand, and adds every rule the plugin
 * host's default discovery finds with {@link java.util.ServiceLoader}: on the module path
 * through {@code provides org.aftersales.inventory.spi.PlacementRule with ...} in the plugin's
 * {@code module-info}, on the class path through
 * {@code META-INF/services/org.aftersales.inventory.spi.PlacementRule}. Rules can also be
 * registered by hand with {@link org.aftersales.inventory.PlacementRules#with(PlacementRule)};
 * to switch discovery off, start from {@link org.aftersales.inventory.PlacementRules#standard()}.
 * Ids are unique: a second rule with a taken id (a built-in's included) is refused with a
 * {@link org.aftersales.core.error.PluginFailureException}, as is a provider that
 * {@code ServiceLoader} cannot load. Rules are evaluated in the order of the rule set, not by
 * {@link #order()}; the order never changes a result.
 *
 * <h2>Contract</h2>
 * Rules are stateless and thread-safe; thresholds come from
 * {@link PlacementQuery#settings()}. {@link #evaluate} is called for many candidate bins per
 * decision and must not allocate needlessly or build texts; {@link #explain} is called only
 * for the bins reported in a decision or an audit. A rule that throws, in any method and any
 * phase (narrowing, checking or scoring a bin, explaining the chosen bin or a runner-up,
 * auditing, re-slotting), makes the whole operation fail with a
 * {@link org.aftersales.core.error.PluginFailureException} naming the rule's {@link #id()},
 * with the rule's exception as its cause; nothing is changed.
 */
public interface PlacementRule extends Plugin {

    /**
     * A stable id, such as {@code heavy-low}; unique in a catalogue, and the name a failure
     * is reported by.
     *
     * @return the id
     */
    @Override
    String id();

    /** @return hard or soft */
    RuleKind kind();

    /** @return the weight a soft rule has when a rule set does not give one */
    default double defaultWeight() {
        return 1.0;
    }

    /** @return a short title for explanations, in English and Chinese */
    LocalizedText title();

    /**
     * Narrows where the engine looks before scoring (hard rules). May only exclude bins this
     * rule would refuse; the default narrows nothing.
     *
     * @param query the question
     * @param bounds the bounds to narrow
     */
    default void narrow(PlacementQuery query, SearchBounds bounds) {
    }

    /**
     * Judges one bin.
     *
     * @param query the question
     * @param bin a bin of the layout
     * @return for a hard rule 1 when the bin is allowed and 0 when it is not; for a soft rule
     *     a score from 0 (worst) to 1 (best)
     */
    double evaluate(PlacementQuery query, Bin bin);

    /**
     * Says why the bin got its verdict or score, for people.
     *
     * @param query the question
     * @param bin the bin
     * @return the reason in English and Chinese
     */
    LocalizedText explain(PlacementQuery query, Bin bin);
}
