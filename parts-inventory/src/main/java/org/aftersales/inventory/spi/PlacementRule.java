package org.aftersales.inventory.spi;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.Bin;

/**
 * A placement rule (P3): a hard rule that a bin must pass, or a soft rule that scores a bin
 * from 0 to 1. A dealership picks the soft rules and their weights in a
 * {@link org.aftersales.inventory.RuleSet}; the built-in hard rules always apply.
 *
 * <h2>Discovery and order</h2>
 * Implementations are found with {@link java.util.ServiceLoader}: on the module path through
 * {@code provides org.aftersales.inventory.spi.PlacementRule with ...} in the plugin's
 * {@code module-info}, on the class path through
 * {@code META-INF/services/org.aftersales.inventory.spi.PlacementRule}. They can also be
 * registered by hand with {@link org.aftersales.inventory.PlacementRules#with(PlacementRule)};
 * to switch discovery off, start from {@link org.aftersales.inventory.PlacementRules#standard()}.
 * Rules are evaluated in the order of the rule set; the order never changes a result.
 *
 * <h2>Contract</h2>
 * Rules are stateless and thread-safe; thresholds come from
 * {@link PlacementQuery#settings()}. {@link #evaluate} is called for many candidate bins per
 * decision and must not allocate needlessly or build texts; {@link #explain} is called only
 * for the bins reported in a decision or an audit. A rule that throws makes the whole
 * placement fail with a {@link org.aftersales.core.error.BusinessRuleException} naming the
 * rule's id; nothing is changed.
 */
public interface PlacementRule {

    /** @return a stable id, such as {@code heavy-low}; unique in a catalogue */
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
