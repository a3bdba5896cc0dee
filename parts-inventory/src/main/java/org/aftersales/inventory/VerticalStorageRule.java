package org.aftersales.inventory;

import java.util.EnumSet;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;

/**
 * Hard: long slender parts (mufflers, exhaust pipes) and parts marked to stand upright
 * (windscreens, anything damaged by lying under other parts) go only in vertical racks (000).
 * Slender means the longest side is at least {@link PlacementSettings#slenderRatio()} times
 * the second and at least {@link PlacementSettings#slenderMinLengthMm()} long.
 */
final class VerticalStorageRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "vertical-storage";

    /** Creates the rule. */
    VerticalStorageRule() {
        super(ID, RuleKind.HARD, 0);
    }

    /**
     * @param part a part
     * @param settings the thresholds
     * @return true when it must stand in a vertical rack
     */
    static boolean mustStand(Part part, PlacementSettings settings) {
        return part.storage() == StorageRequirement.VERTICAL || part.dimensions().slenderness() >= settings.slenderRatio()
                && part.dimensions().longestMm() >= settings.slenderMinLengthMm();
    }

    @Override
    public void narrow(PlacementQuery query, SearchBounds bounds) {
        if (mustStand(query.part(), query.settings())) {
            bounds.onlyKinds(EnumSet.of(RackKind.VERTICAL_RACK));
        }
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        return !mustStand(query.part(), query.settings()) || bin.kind() == RackKind.VERTICAL_RACK ? 1 : 0;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        Part part = query.part();
        String slender = Texts.one(part.dimensions().slenderness());
        if (!mustStand(part, query.settings())) {
            return say("free", slender);
        }
        LocalizedText why = part.storage() == StorageRequirement.VERTICAL
                ? say("flag")
                : say("slender", slender, Texts.one(query.settings().slenderRatio()), part.dimensions().longestMm());
        return bin.kind() == RackKind.VERTICAL_RACK ? say("ok", why) : say("fail", why, Texts.t("kind." + bin.kind()));
    }
}
