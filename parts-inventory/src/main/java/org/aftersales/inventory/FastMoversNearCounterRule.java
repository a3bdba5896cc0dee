package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;

/**
 * Soft: fast movers close to the parts counter (industry practice). A fast mover scores its
 * closeness to the counter (1 at the counter, 0 at the farthest bin); a slow mover the
 * opposite, so the near bins stay free for fast movers; a medium mover is indifferent (0.5).
 */
final class FastMoversNearCounterRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "fast-movers-near-counter";

    /** Creates the rule. */
    FastMoversNearCounterRule() {
        super(ID, RuleKind.SOFT, 2);
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        double max = query.layout().maxDistanceToCounterM();
        double closeness = max <= 0 ? 1 : 1 - bin.distanceToCounterM() / max;
        Movement m = query.part().movement();
        return m == Movement.FAST ? closeness : m == Movement.SLOW ? 1 - closeness : 0.5;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        return say("score", Texts.t("movement." + query.part().movement()), Texts.one(bin.distanceToCounterM()),
                Texts.one(query.layout().maxDistanceToCounterM()));
    }
}
