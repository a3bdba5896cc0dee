package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;

/**
 * Hard: parts that look alike are never in the same bin nor in neighbouring bins (beside,
 * above, below, across the aisle), so a picker cannot take the wrong one (000). The seed
 * asks that look-alikes not share a box or an area; since the reason is to prevent wrong
 * picks, the library treats it as never to be broken.
 */
final class LookAlikeApartRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "look-alike-apart";

    /** Creates the rule. */
    LookAlikeApartRule() {
        super(ID, RuleKind.HARD, 0);
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        return conflict(query, bin) == null ? 1 : 0;
    }

    /** The first bin in or next to {@code bin} holding a look-alike, as [bin, part]; or null. */
    private static Object[] conflict(PlacementQuery query, Bin bin) {
        String group = query.part().lookAlikeGroup();
        if (group == null) {
            return null;
        }
        Part here = lookAlikeIn(query, bin, group);
        if (here != null) {
            return new Object[] {bin, here};
        }
        for (Bin n : query.layout().neighbours(bin)) {
            Part p = lookAlikeIn(query, n, group);
            if (p != null) {
                return new Object[] {n, p};
            }
        }
        return null;
    }

    private static Part lookAlikeIn(PlacementQuery query, Bin bin, String group) {
        if (query.stock().isEmpty(bin)) {
            return null;
        }
        List<Part> occupants = query.stock().occupants(bin);
        for (int i = 0; i < occupants.size(); i++) {
            Part p = occupants.get(i);
            if (group.equals(p.lookAlikeGroup()) && !p.number().equals(query.part().number())) {
                return p;
            }
        }
        return null;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        String group = query.part().lookAlikeGroup();
        if (group == null) {
            return say("none");
        }
        Object[] c = conflict(query, bin);
        LocalizedText name = query.stock().parts().lookAlikeGroupName(group);
        return c == null ? say("ok", name) : say("fail", name, ((Part) c[1]).number(), ((Bin) c[0]).code());
    }
}
