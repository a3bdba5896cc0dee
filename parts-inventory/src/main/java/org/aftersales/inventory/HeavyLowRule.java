package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;

/**
 * Hard: heavy parts low (000). A somewhat heavy piece goes no higher than waist height, a
 * very heavy one near the floor; the weights and heights are settings.
 */
final class HeavyLowRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "heavy-low";

    /** Creates the rule. */
    HeavyLowRule() {
        super(ID, RuleKind.HARD, 0);
    }

    /**
     * @param part a part
     * @param settings the thresholds
     * @return the highest level surface allowed for one piece, or {@link Integer#MAX_VALUE}
     */
    static int maxHeightMm(Part part, PlacementSettings settings) {
        if (part.weight().compareTo(settings.veryHeavy()) >= 0) {
            return settings.nearFloorHeightMm();
        }
        if (part.weight().compareTo(settings.somewhatHeavy()) >= 0) {
            return settings.waistHeightMm();
        }
        return Integer.MAX_VALUE;
    }

    @Override
    public void narrow(PlacementQuery query, SearchBounds bounds) {
        bounds.maxLevelHeightMm(maxHeightMm(query.part(), query.settings()));
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        return bin.level().heightMm() <= maxHeightMm(query.part(), query.settings()) ? 1 : 0;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        Part part = query.part();
        int max = maxHeightMm(part, query.settings());
        String kg = Texts.kg(part.weight().grams());
        if (max == Integer.MAX_VALUE) {
            return say("light", kg);
        }
        LocalizedText how = say(max == query.settings().nearFloorHeightMm()
                && part.weight().compareTo(query.settings().veryHeavy()) >= 0 ? "very" : "somewhat");
        return say(bin.level().heightMm() <= max ? "ok" : "fail", kg, how, bin.level().heightMm(), max);
    }
}
