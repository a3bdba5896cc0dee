package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;

/**
 * Hard: one part number, one bin (000, a MUST item of warehouse management). A part number
 * has one home bin, and a bin holds one part number; new pieces of a stored part go to its
 * home.
 */
final class OnePartOneBinRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "one-part-one-bin";

    /** Creates the rule. */
    OnePartOneBinRule() {
        super(ID, RuleKind.HARD, 0);
    }

    @Override
    public void narrow(PlacementQuery query, SearchBounds bounds) {
        List<Bin> homes = query.stock().binsOf(query.part().number());
        if (homes.size() == 1) {
            bounds.onlyBin(homes.get(0));
        } else if (homes.size() > 1) {
            bounds.none();
        } else {
            bounds.emptyBinsOnly();
        }
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        return otherPart(query, bin) == null && homeElsewhere(query, bin) == null ? 1 : 0;
    }

    private static Part otherPart(PlacementQuery query, Bin bin) {
        List<Part> occupants = query.stock().occupants(bin);
        for (int i = 0; i < occupants.size(); i++) {
            if (!occupants.get(i).number().equals(query.part().number())) {
                return occupants.get(i);
            }
        }
        return null;
    }

    private static Bin homeElsewhere(PlacementQuery query, Bin bin) {
        List<Bin> homes = query.stock().binsOf(query.part().number());
        for (int i = 0; i < homes.size(); i++) {
            if (homes.get(i) != bin) {
                return homes.get(i);
            }
        }
        return null;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        Part other = otherPart(query, bin);
        if (other != null) {
            return say("other", other.number() + " " + other.name().en() + " / " + other.name().zh());
        }
        Bin home = homeElsewhere(query, bin);
        if (home != null) {
            return say("elsewhere", query.part().number(), home.code());
        }
        return query.stock().quantity(bin, query.part().number()) > 0
                ? say("home", query.part().number())
                : say("empty", query.part().number());
    }
}
