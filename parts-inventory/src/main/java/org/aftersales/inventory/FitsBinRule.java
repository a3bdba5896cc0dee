package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementQuery;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;

/** Hard: one piece fits the bin in some orientation, and all the pieces fit its volume (P3). */
final class FitsBinRule extends BuiltInRule {

    /** The rule id. */
    static final String ID = "fits-bin";

    /** Creates the rule. */
    FitsBinRule() {
        super(ID, RuleKind.HARD, 0);
    }

    @Override
    public void narrow(PlacementQuery query, SearchBounds bounds) {
        bounds.mustHold(query.part().dimensions(), query.part().volumeMm3(query.quantity()));
    }

    /**
     * The volume the bin would hold: everything stored in it plus the incoming pieces.
     *
     * @param query the question
     * @param bin the bin
     * @return cubic millimetres
     */
    static long usedVolume(PlacementQuery query, Bin bin) {
        long used = query.part().volumeMm3(query.quantity());
        List<Part> occupants = query.stock().occupants(bin);
        for (int i = 0; i < occupants.size(); i++) {
            Part p = occupants.get(i);
            used += p.volumeMm3(query.stock().quantity(bin, p.number()));
        }
        return used;
    }

    @Override
    public double evaluate(PlacementQuery query, Bin bin) {
        return query.part().dimensions().fitsIn(bin.size()) && usedVolume(query, bin) <= bin.volumeMm3() ? 1 : 0;
    }

    @Override
    public LocalizedText explain(PlacementQuery query, Bin bin) {
        Part part = query.part();
        if (!part.dimensions().fitsIn(bin.size())) {
            return say("shape", part.dimensions(), bin.size());
        }
        long pieces = query.quantity() + query.stock().quantity(bin, part.number());
        String used = Texts.one(usedVolume(query, bin) / 1e6);
        String room = Texts.one(bin.volumeMm3() / 1e6);
        return usedVolume(query, bin) <= bin.volumeMm3() ? say("ok", pieces, used, room) : say("volume", pieces, used, room);
    }
}
