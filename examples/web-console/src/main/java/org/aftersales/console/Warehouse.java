package org.aftersales.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.id.BinCode;
import org.aftersales.inventory.AuditReport;
import org.aftersales.inventory.Bin;
import org.aftersales.inventory.Finding;
import org.aftersales.inventory.Move;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PlacementDecision;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRequest;
import org.aftersales.inventory.ReslottingOptions;
import org.aftersales.inventory.ReslottingPlan;
import org.aftersales.inventory.StockLine;
import org.aftersales.inventory.StockSnapshot;
import org.aftersales.inventory.WarehouseState;

/**
 * The warehouse as the map shows it: the layout with its stock, each bin's fill and findings,
 * the audit and the re-slotting plan (computed once), and a bin's placement explanation (the
 * engine asked again where that stock would go if it arrived today).
 */
final class Warehouse {

    private final PlacementEngine engine;
    private final WarehouseState state;
    private final AuditReport audit;
    private final ReslottingPlan plan;
    private final Map<BinCode, List<StockLine>> stockByBin = new HashMap<>();
    private final Map<BinCode, List<Finding>> findingsByBin = new HashMap<>();

    Warehouse(PlacementEngine engine, StockSnapshot stock) {
        this.engine = engine;
        this.state = engine.state(stock);
        this.audit = engine.audit(state);
        this.plan = engine.replan(state, ReslottingOptions.defaults());
        for (StockLine line : stock.lines()) {
            stockByBin.computeIfAbsent(line.bin(), b -> new ArrayList<>()).add(line);
        }
        for (Finding f : audit.hardViolations()) {
            findingsByBin.computeIfAbsent(f.bin(), b -> new ArrayList<>()).add(f);
        }
        for (Finding f : audit.softShortfalls()) {
            findingsByBin.computeIfAbsent(f.bin(), b -> new ArrayList<>()).add(f);
        }
    }

    PlacementEngine engine() {
        return engine;
    }

    AuditReport audit() {
        return audit;
    }

    ReslottingPlan plan() {
        return plan;
    }

    Optional<Bin> bin(BinCode code) {
        return engine.layout().bin(code);
    }

    List<StockLine> stock(BinCode bin) {
        return stockByBin.getOrDefault(bin, List.of());
    }

    List<Finding> findings(BinCode bin) {
        return findingsByBin.getOrDefault(bin, List.of());
    }

    boolean hasHardViolation(BinCode bin) {
        return findings(bin).stream().anyMatch(f -> audit.hardViolations().contains(f));
    }

    boolean hasShortfall(BinCode bin) {
        return findings(bin).stream().anyMatch(f -> audit.softShortfalls().contains(f));
    }

    Part part(StockLine line) {
        return engine.parts().getOrNull(line.part());
    }

    /** @return the share of the bin's volume its stock takes, 0 for an empty bin; above 1 when over full */
    double fill(Bin bin) {
        long used = 0;
        for (StockLine line : stock(bin.code())) {
            Part p = part(line);
            if (p != null) {
                used += p.volumeMm3(line.quantity());
            }
        }
        return bin.volumeMm3() == 0 ? 0 : (double) used / bin.volumeMm3();
    }

    /** @return the moves of the plan that take stock out of or into the bin */
    List<Move> moves(BinCode bin) {
        return plan.moves().stream().filter(m -> m.from().equals(bin) || m.to().equals(bin)).toList();
    }

    /**
     * Where the engine would put a stock line if it arrived today: the line is taken out of the
     * warehouse and placed again, with every rule's verdict and the runners-up.
     */
    PlacementDecision explain(StockLine line) {
        List<StockLine> others = state.snapshot().lines().stream().filter(l -> !l.equals(line)).toList();
        WarehouseState without = engine.state(new StockSnapshot(others));
        return engine.place(without, PlacementRequest.of(line.part(), line.quantity()));
    }
}
