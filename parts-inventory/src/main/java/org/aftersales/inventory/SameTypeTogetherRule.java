package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.StockGroup;

/**
 * Soft: parts of the same type near each other (000), most of all parts of one category that
 * fit the same vehicle model (the body panels of one model together, so matching panels are
 * found at once). Scores closeness {@code 1 / (1 + d / 5 m)} to the same-model group (70%) and
 * to the category (30%); a rack dedicated to the category counts as the category's own place
 * (distance 0); with nothing of the type in stock the score is a neutral 0.5.
 */
final class SameTypeTogetherRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "same-type-together";

    private static final double SCALE_M = 5.0;

    /** Creates the rule. */
    SameTypeTogetherRule() {
        super(ID, RuleKind.SOFT, 3);
    }

    private static List<StockGroup> modelGroups(PlacementQuery query) {
        return query.memo(SameTypeTogetherRule.class, q -> {
            List<StockGroup> all = StockIndex.groupsOf(q.part());
            return all.subList(1, all.size());
        });
    }

    private static double closeness(double metres) {
        return Double.isInfinite(metres) ? 0 : 1 / (1 + metres / SCALE_M);
    }

    private static double modelDistance(PlacementQuery query, Bin bin) {
        double best = Double.POSITIVE_INFINITY;
        List<StockGroup> groups = modelGroups(query);
        for (int i = 0; i < groups.size(); i++) {
            best = Math.min(best, query.stock().distanceToGroupM(groups.get(i), bin, query.part().number()));
        }
        return best;
    }

    /** Distance to the category: 0 in a rack dedicated to it, which is the category's home. */
    private static double categoryDistance(PlacementQuery query, Bin bin) {
        if (query.part().category().equals(bin.rack().dedicatedToOrNull())) {
            return 0;
        }
        return query.stock().distanceToGroupM(StockGroup.category(query.part().category()), bin, query.part().number());
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        double dm = modelDistance(query, bin);
        double dc = categoryDistance(query, bin);
        if (!Double.isInfinite(dm)) {
            return 0.7 * closeness(dm) + 0.3 * closeness(dc);
        }
        return Double.isInfinite(dc) ? 0.5 : closeness(dc);
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        Part part = query.part();
        LocalizedText category = query.stock().parts().categoryName(part.category());
        double dm = modelDistance(query, bin);
        double dc = categoryDistance(query, bin);
        if (!Double.isInfinite(dm)) {
            return say("near", Texts.one(dm), category, String.join(", ", part.models()), Texts.one(dc));
        }
        if (dc == 0 && part.category().equals(bin.rack().dedicatedToOrNull())) {
            return say("dedicated", category);
        }
        return Double.isInfinite(dc) ? say("none", category) : say("category", Texts.one(dc), category);
    }
}
