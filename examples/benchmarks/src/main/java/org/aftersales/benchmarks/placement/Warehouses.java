package org.aftersales.benchmarks.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRequest;
import org.aftersales.inventory.PlacementRules;
import org.aftersales.inventory.StockLine;
import org.aftersales.inventory.StockSnapshot;
import org.aftersales.inventory.WarehouseState;
import org.aftersales.inventory.testing.SyntheticWarehouse;

/** A synthetic warehouse ready for benchmarks: engine, state and incoming parts not yet stocked. */
final class Warehouses {

    final PlacementEngine engine;
    final WarehouseState state;
    final List<PlacementRequest> incoming;

    private Warehouses(PlacementEngine engine, WarehouseState state, List<PlacementRequest> incoming) {
        this.engine = engine;
        this.state = state;
        this.incoming = incoming;
    }

    /**
     * @param bins about how many bins
     * @param fill share of bins holding stock
     * @param misplaced share of misplaced stock lines
     * @param incomingCount how many stocked parts to take out and offer as incoming deliveries
     */
    static Warehouses make(int bins, double fill, double misplaced, int incomingCount) {
        SyntheticWarehouse.World world = SyntheticWarehouse.generate(42, bins, fill, misplaced);
        List<StockLine> lines = new ArrayList<>(world.stock().lines());
        Random random = new Random(7);
        Collections.shuffle(lines, random);
        List<PlacementRequest> incoming = new ArrayList<>();
        List<StockLine> kept = new ArrayList<>();
        java.util.Set<org.aftersales.core.id.PartNumber> taken = new java.util.HashSet<>();
        for (StockLine line : lines) {
            if (incoming.size() < incomingCount && taken.add(line.part())) {
                incoming.add(PlacementRequest.of(line.part(), 1 + random.nextInt(3)));
            } else if (!taken.contains(line.part())) {
                kept.add(line);
            }
        }
        PlacementEngine engine = PlacementEngine.builder(Layout.of(world.layout()), PartMaster.of(world.parts()))
                .rules(PlacementRules.standard()).build();
        return new Warehouses(engine, engine.state(new StockSnapshot(kept)), incoming);
    }
}
