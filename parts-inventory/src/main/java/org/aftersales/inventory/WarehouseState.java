package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.error.Violations;

/**
 * A layout, its part master and a stock snapshot, checked against each other and indexed for
 * placement and audit. Immutable and thread-safe: the methods that change stock return a new
 * state. Made by {@link PlacementEngine#state(StockSnapshot)}.
 */
public final class WarehouseState {

    private final StockIndex index;

    WarehouseState(StockIndex index) {
        this.index = index;
    }

    StockIndex index() {
        return index;
    }

    /** @return the layout */
    public Layout layout() {
        return index.layout();
    }

    /** @return the part master */
    public PartMaster parts() {
        return index.parts();
    }

    /** @return the stock as a snapshot, in bin order */
    public StockSnapshot snapshot() {
        return index.snapshot();
    }

    /** @return how many stock lines (part in bin) there are */
    public int stockLines() {
        return index.lineCount();
    }

    /**
     * The state after a decision is carried out: its pieces lie in the chosen bin.
     *
     * @param decision a decision made on this state
     * @return the new state
     */
    public WarehouseState with(PlacementDecision decision) {
        StockIndex copy = index.copy();
        copy.add(index.layout().binOrNull(decision.chosen().bin()), index.parts().getOrNull(decision.part()),
                decision.quantity());
        return new WarehouseState(copy);
    }

    /**
     * The state after moves are carried out in order.
     *
     * @param moves moves, such as those of a {@link ReslottingPlan} made on this state
     * @return the new state
     * @throws org.aftersales.core.error.ValidationException when a move names an unknown bin or
     *     part, or a part not in its source bin
     */
    public WarehouseState apply(List<Move> moves) {
        StockIndex copy = index.copy();
        Violations v = new Violations(InventoryMessages.MESSAGES);
        for (int i = 0; i < moves.size(); i++) {
            Move m = moves.get(i);
            Bin from = copy.layout().binOrNull(m.from());
            Bin to = copy.layout().binOrNull(m.to());
            Part part = copy.parts().getOrNull(m.part());
            if (from == null) {
                v.add("moves[" + i + "].from", "stock.unknownBin", m.from());
            }
            if (to == null) {
                v.add("moves[" + i + "].to", "stock.unknownBin", m.to());
            }
            if (part == null) {
                v.add("moves[" + i + "].part", "stock.unknownPart", m.part());
            }
            if (from == null || to == null || part == null) {
                continue;
            }
            long had = copy.quantity(from, part.number());
            if (had < m.quantity()) {
                v.add("moves[" + i + "].quantity", "stock.quantity", m.quantity());
                continue;
            }
            copy.remove(from, part);
            if (had > m.quantity()) {
                copy.add(from, part, had - m.quantity());
            }
            copy.add(to, part, m.quantity());
        }
        v.throwIfPresent();
        return new WarehouseState(copy);
    }
}
