package org.aftersales.example.plugin;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.Bin;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;

/**
 * A vendor's own placement rule (P3): fragile parts are kept at or below {@value #SAFE_HEIGHT_MM} mm,
 * where a dropped box falls least; other parts do not care. A soft rule, so it weighs in the
 * choice without forbidding a bin. Found through {@code provides} on the module path and
 * {@code META-INF/services} on the class path; a rule set names it by its id to use it.
 */
public final class FragileLowRule implements PlacementRule {

    /** The rule's id, as rule sets name it. */
    public static final String ID = "acme-fragile-low";

    /** The highest level surface this rule likes for fragile parts. */
    public static final int SAFE_HEIGHT_MM = 1000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleKind kind() {
        return RuleKind.SOFT;
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("Fragile parts low", "易碎件放低处");
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        if (!query.part().fragile()) {
            return 1;
        }
        return bin.level().heightMm() <= SAFE_HEIGHT_MM ? 1 : 0;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        if (!query.part().fragile()) {
            return new LocalizedText("Not fragile; any height will do.", "非易碎件，高度不限。");
        }
        int height = bin.level().heightMm();
        return height <= SAFE_HEIGHT_MM
                ? new LocalizedText("Fragile, and the level is at " + height + " mm, low enough.",
                        "易碎件，层高 " + height + " 毫米，位置够低。")
                : new LocalizedText("Fragile, but the level is at " + height + " mm, above " + SAFE_HEIGHT_MM + " mm.",
                        "易碎件，但层高 " + height + " 毫米，高于 " + SAFE_HEIGHT_MM + " 毫米。");
    }
}
