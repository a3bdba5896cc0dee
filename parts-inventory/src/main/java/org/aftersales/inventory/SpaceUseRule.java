package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;

/**
 * Soft: use space well (000: mixing shapes wastes storage space). Scores how full the bin
 * would be; {@value #FULL} or more of its volume scores 1, so small parts go to drawers and
 * small bins rather than to floor areas.
 */
final class SpaceUseRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "space-use";

    /** The fill ratio that scores 1. */
    static final double FULL = 0.6;

    /** Creates the rule. */
    SpaceUseRule() {
        super(ID, RuleKind.SOFT, 1);
    }

    private static double fill(PlacementQuery query, Bin bin) {
        return (double) FitsBinRule.usedVolume(query, bin) / bin.volumeMm3();
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        return Math.min(1, fill(query, bin) / FULL);
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        return say("score", Texts.one(100 * fill(query, bin)));
    }
}
