package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;

/** Hard: the level can carry what is on it plus the incoming pieces (P3). */
final class LevelLoadRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "level-load";

    /** Creates the rule. */
    LevelLoadRule() {
        super(ID, RuleKind.HARD, 0);
    }

    private static long incoming(PlacementQuery query) {
        return query.part().weight().grams() * query.quantity();
    }

    @Override
    public void narrow(PlacementQuery query, SearchBounds bounds) {
        bounds.levelMustCarry(incoming(query));
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        return query.stock().levelLoadGrams(bin.level()) + incoming(query) <= bin.level().loadLimit().grams() ? 1 : 0;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        long load = query.stock().levelLoadGrams(bin.level()) + incoming(query);
        long limit = bin.level().loadLimit().grams();
        return say(load <= limit ? "ok" : "over", Texts.kg(load), Texts.kg(limit));
    }
}
