package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;

/**
 * Soft: very different shapes are not mixed (000: trim panels and oil filters wasting space
 * side by side). Scores the share of occupied neighbouring bins whose part has a shape of
 * the same {@linkplain ShapeClass#family() family}; 1 with no occupied neighbour.
 */
final class ShapesApartRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "shapes-apart";

    /** Creates the rule. */
    ShapesApartRule() {
        super(ID, RuleKind.SOFT, 2);
    }

    /** Counts [occupied neighbours, neighbours of another shape family]. */
    private static int[] count(PlacementQuery query, Bin bin) {
        ShapeClass.Family family = query.part().shape().family();
        int occupied = 0;
        int mixed = 0;
        for (Bin n : query.layout().neighbours(bin)) {
            if (query.stock().isEmpty(n)) {
                continue;
            }
            Part p = query.stock().occupants(n).get(0);
            if (p.number().equals(query.part().number())) {
                continue;
            }
            occupied++;
            if (p.shape().family() != family) {
                mixed++;
            }
        }
        return new int[] {occupied, mixed};
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        int[] c = count(query, bin);
        return c[0] == 0 ? 1 : 1 - (double) c[1] / c[0];
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        int[] c = count(query, bin);
        ShapeClass shape = query.part().shape();
        return c[0] == 0 ? say("alone") : say("mixed", c[1], c[0], shape.family().label(), shape.label());
    }
}
