package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;

/** Common parts of the built-in placement rules: id, kind, weight and bundle title. */
abstract class BuiltInRule implements PlacementRule {

    private final String id;
    private final RuleKind kind;
    private final double weight;
    private final LocalizedText title;

    BuiltInRule(String id, RuleKind kind, double weight) {
        this.id = id;
        this.kind = kind;
        this.weight = weight;
        this.title = Texts.t("rule." + id);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleKind kind() {
        return kind;
    }

    @Override
    public final double defaultWeight() {
        return weight;
    }

    @Override
    public final LocalizedText title() {
        return title;
    }

    /** Text of a message of this rule: {@code rule.<id>.<suffix>}. */
    final LocalizedText say(String suffix, Object... args) {
        return Texts.t("rule." + id + "." + suffix, args);
    }

    @Override
    public String toString() {
        return id;
    }
}
