package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;

/** Hard: a rack dedicated to a category takes only parts of that category (000). */
final class DedicatedRackRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "dedicated-rack";

    /** Creates the rule. */
    DedicatedRackRule() {
        super(ID, RuleKind.HARD, 0);
    }

    @Override
    public void narrow(PlacementQuery query, SearchBounds bounds) {
        bounds.dedicatedRacksOnlyFor(query.part().category());
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        String dedicated = bin.rack().dedicatedToOrNull();
        return dedicated == null || dedicated.equals(query.part().category()) ? 1 : 0;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        String dedicated = bin.rack().dedicatedToOrNull();
        if (dedicated == null) {
            return say("open");
        }
        PartMaster names = query.stock().parts();
        return dedicated.equals(query.part().category())
                ? say("ok", names.categoryName(dedicated))
                : say("fail", names.categoryName(dedicated), names.categoryName(query.part().category()));
    }
}
