package org.aftersales.inventory;

import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;

/**
 * A placement rule as the engine calls it: every call is passed on to the rule, and whatever
 * the rule throws, in whichever phase (narrowing, checking or scoring a bin, explaining a
 * chosen bin, a runner-up, an audit finding or a move), comes out as a
 * {@link PluginFailureException} naming the rule's id. The engine only ever holds rules in
 * this form, so no phase can forget the translation. A plain try/catch rather than
 * {@link org.aftersales.core.plugin.PluginHost#call}, because {@link #evaluate} runs for
 * every candidate bin and must not box its score; the exception is the one
 * {@code PluginHost.call} raises.
 */
final class GuardedRule implements PlacementRule {

    private final PlacementRule rule;
    private final String id;

    private GuardedRule(PlacementRule rule, String id) {
        this.rule = rule;
        this.id = id;
    }

    /**
     * @param rule a rule from the catalogue (its id already checked by the plugin host)
     * @return the rule, guarded once
     */
    static GuardedRule of(PlacementRule rule) {
        return rule instanceof GuardedRule g ? g : new GuardedRule(rule, rule.id());
    }

    private PluginFailureException failed(RuntimeException e) {
        return PluginFailureException.failed(id, e);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int order() {
        try {
            return rule.order();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public RuleKind kind() {
        try {
            return rule.kind();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public double defaultWeight() {
        try {
            return rule.defaultWeight();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public LocalizedText title() {
        try {
            return rule.title();
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public void narrow(PlacementQuery query, SearchBounds bounds) {
        try {
            rule.narrow(query, bounds);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        try {
            return rule.evaluate(query, bin);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        try {
            return rule.explain(query, bin);
        } catch (RuntimeException e) {
            throw failed(e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
