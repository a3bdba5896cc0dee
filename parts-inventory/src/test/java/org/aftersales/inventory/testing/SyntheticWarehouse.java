package org.aftersales.inventory.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.WarehouseId;
import org.aftersales.core.value.Dimensions;
import org.aftersales.core.value.Weight;
import org.aftersales.inventory.LayoutSpec;
import org.aftersales.inventory.Movement;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.RackKind;
import org.aftersales.inventory.ShapeClass;
import org.aftersales.inventory.StockLine;
import org.aftersales.inventory.StockSnapshot;
import org.aftersales.inventory.StorageRequirement;

/**
 * Random but plausible warehouses for property tests and benchmarks: zones of shelves, vertical
 * racks, floor areas, drawer cabinets and racks dedicated to body panels; a parts list of the
 * usual categories; and a stock that follows the rules except for a chosen share of misplaced
 * lines (heavy parts high, long parts on shelves, two parts in one bin, one part in two bins).
 * The same seed always gives the same warehouse.
 */
public final class SyntheticWarehouse {

    /** Racks per zone. */
    public static final int RACKS_PER_ZONE = 40;

    private static final String[] MODELS = {"Accord", "Civic", "CR-V", "Fit", "Odyssey", "Crider", "Breeze", "Inspire"};

    /**
     * A generated warehouse.
     *
     * @param layout the layout document
     * @param parts the parts
     * @param stock the stock
     * @param misplacedLines how many stock lines were deliberately misplaced
     */
    public record World(LayoutSpec layout, List<Part> parts, StockSnapshot stock, int misplacedLines) {
    }

    private enum Pool { VERTICAL, FLOOR, DRAWER, PANEL, LOW, WAIST, ANY }

    private final Random random;
    private final Map<Pool, List<BinCode>> pools = new EnumMap<>(Pool.class);
    private final Map<BinCode, long[]> binInfo = new HashMap<>();
    private final List<BinCode> allBins = new ArrayList<>();
    private int serial;

    private SyntheticWarehouse(long seed) {
        this.random = new Random(seed);
        for (Pool p : Pool.values()) {
            pools.put(p, new ArrayList<>());
        }
    }

    /**
     * Generates a warehouse.
     *
     * @param seed the random seed
     * @param targetBins about how many bins (at least one zone is made)
     * @param fill the share of bins to fill, 0 to 1
     * @param misplaced the share of stock lines to misplace, 0 to 1
     * @return the warehouse
     */
    public static World generate(long seed, int targetBins, double fill, double misplaced) {
        return new SyntheticWarehouse(seed).world(targetBins, fill, misplaced);
    }

    private World world(int targetBins, double fill, double misplaced) {
        List<LayoutSpec.ZoneSpec> zones = new ArrayList<>();
        int bins = 0;
        for (int z = 0; bins < targetBins || zones.isEmpty(); z++) {
            String code = String.format(Locale.ROOT, "Z%03d", z + 1);
            List<LayoutSpec.RackSpec> racks = new ArrayList<>();
            for (int r = 1; r <= RACKS_PER_ZONE && bins < targetBins; r++) {
                LayoutSpec.RackSpec rack = rack(code, r);
                racks.add(rack);
                for (LayoutSpec.LevelSpec l : rack.levels()) {
                    bins += l.bins();
                }
            }
            int count = racks.size();
            racks.replaceAll(r -> r.facing() != null && r.facing() > count
                    ? new LayoutSpec.RackSpec(r.number(), r.kind(), r.dedicatedTo(), null, r.offsetM(), r.levels())
                    : r);
            zones.add(new LayoutSpec.ZoneSpec(code, "Zone " + code, 3 + 4.0 * z, racks));
        }
        LayoutSpec layout = new LayoutSpec(WarehouseId.of("WH-SYN"), "Synthetic warehouse", zones);
        pools.values().forEach(p -> Collections.shuffle(p, random));
        int wanted = (int) Math.round(bins * fill);
        List<Part> parts = new ArrayList<>();
        List<StockLine> lines = new ArrayList<>();
        while (lines.size() < wanted && serial < wanted * 2) {
            Part part = part();
            parts.add(part);
            BinCode bin = take(poolFor(part));
            if (bin != null) {
                lines.add(new StockLine(bin, part.number(), quantity(part, bin)));
            }
        }
        int misplacedLines = misplace(lines, parts, (int) Math.round(lines.size() * misplaced));
        return new World(layout, parts, new StockSnapshot(lines), misplacedLines);
    }

    private LayoutSpec.RackSpec rack(String zone, int number) {
        double roll = random.nextDouble();
        Integer facing = number % 2 == 1 ? Integer.valueOf(number + 1) : Integer.valueOf(number - 1);
        if (number % 2 == 1 && number == RACKS_PER_ZONE) {
            facing = null;
        }
        RackKind kind;
        String dedicated = null;
        List<LayoutSpec.LevelSpec> levels = new ArrayList<>();
        if (roll < 0.08) {
            kind = RackKind.VERTICAL_RACK;
            levels.add(level(1, 0, 1200, 12, 400, 400, 2500));
        } else if (roll < 0.13) {
            kind = RackKind.FLOOR_AREA;
            levels.add(level(1, 0, 8000, 6, 1500, 1500, 1500));
        } else if (roll < 0.38) {
            kind = RackKind.DRAWER_CABINET;
            for (int l = 1; l <= 5; l++) {
                levels.add(level(l, 100 + (l - 1) * 300, 150, 16, 300, 400, 150));
            }
        } else if (roll < 0.46) {
            kind = RackKind.SHELF;
            dedicated = "body-panel";
            levels.add(level(1, 100, 600, 6, 1600, 300, 1200));
            levels.add(level(2, 1400, 400, 6, 1600, 300, 1200));
        } else {
            kind = RackKind.SHELF;
            int[] heights = {100, 700, 1300, 1900};
            int[] loads = {1500, 800, 400, 300};
            for (int l = 1; l <= 4; l++) {
                levels.add(level(l, heights[l - 1], loads[l - 1], 10, 600, 500, 500));
            }
        }
        for (LayoutSpec.LevelSpec l : levels) {
            for (int p = 1; p <= l.bins(); p++) {
                BinCode code = BinCode.of(String.format(Locale.ROOT, "%s-%02d-%d-%02d", zone, number, l.number(), p));
                allBins.add(code);
                binInfo.put(code, new long[] {l.binSize().volumeMm3(), l.loadLimitKg() * 1000L / l.bins(), l.heightMm()});
                pools.get(poolOf(kind, dedicated, l.heightMm())).add(code);
            }
        }
        return new LayoutSpec.RackSpec(number, kind, dedicated, facing, null, levels);
    }

    private static Pool poolOf(RackKind kind, String dedicated, int height) {
        if (dedicated != null) {
            return Pool.PANEL;
        }
        switch (kind) {
            case VERTICAL_RACK:
                return Pool.VERTICAL;
            case FLOOR_AREA:
                return Pool.FLOOR;
            case DRAWER_CABINET:
                return Pool.DRAWER;
            default:
                return height <= 300 ? Pool.LOW : height <= 1000 ? Pool.WAIST : Pool.ANY;
        }
    }

    private static LayoutSpec.LevelSpec level(int number, int height, int loadKg, int bins, int l, int w, int h) {
        return new LayoutSpec.LevelSpec(number, height, loadKg, bins, Dimensions.ofMm(l, w, h));
    }

    private Part part() {
        serial++;
        PartNumber number = PartNumber.of(String.format(Locale.ROOT, "P%07d", serial));
        String model = MODELS[random.nextInt(MODELS.length)];
        double roll = random.nextDouble();
        Movement movement = random.nextDouble() < 0.2 ? Movement.FAST : random.nextDouble() < 0.5 ? Movement.MEDIUM : Movement.SLOW;
        Part.Builder b;
        if (roll < 0.22) {
            b = build(number, "Oil filter", "机油滤清器", "oil-filter", 100, 100, 80 + random.nextInt(50), 300 + random.nextInt(300),
                    ShapeClass.CYLINDER);
        } else if (roll < 0.38) {
            b = build(number, "Spark plug", "火花塞", "ignition", 25, 25, 90, 50, ShapeClass.SMALL_BOX);
            if (random.nextDouble() < 0.5) {
                b.lookAlike("plug-" + random.nextInt(Math.max(1, serial / 20 + 1)));
            }
        } else if (roll < 0.50) {
            b = build(number, "Sensor", "传感器", "sensor", 60, 40, 40, 100, ShapeClass.SMALL_BOX);
        } else if (roll < 0.58) {
            b = build(number, "Headlamp", "前大灯", "lighting", 300, 250, 200, 1500, ShapeClass.LARGE_BOX);
        } else if (roll < 0.66) {
            b = build(number, "Brake disc", "制动盘", "brake", 300, 300, 30, 9000 + random.nextInt(6000), ShapeClass.ROUND);
        } else if (roll < 0.74) {
            b = build(number, "Trim panel", "内饰板", "trim-panel", 550, 450, 30, 1500, ShapeClass.FLAT_PANEL);
        } else if (roll < 0.84) {
            b = build(number, "Body panel", "车身板件", "body-panel", 1000 + random.nextInt(400), 200, 600 + random.nextInt(500),
                    4000 + random.nextInt(5000), ShapeClass.FLAT_PANEL);
        } else if (roll < 0.90) {
            b = build(number, "Exhaust pipe", "排气管", "exhaust", 1200 + random.nextInt(800), 100 + random.nextInt(180),
                    100 + random.nextInt(150), 6000 + random.nextInt(6000), ShapeClass.LONG);
        } else if (roll < 0.94) {
            b = build(number, "Windscreen", "挡风玻璃", "glass", 1500, 350, 20, 15000, ShapeClass.FLAT_PANEL)
                    .storage(StorageRequirement.VERTICAL).fragile(true);
        } else {
            b = build(number, "Gearbox", "变速箱", "transmission", 600, 500, 450, 30000 + random.nextInt(20000),
                    ShapeClass.LARGE_BOX);
        }
        return b.fits(model).movement(movement).build();
    }

    private static Part.Builder build(PartNumber number, String en, String zh, String category, int l, int w, int h, int grams,
            ShapeClass shape) {
        return Part.builder(number, new LocalizedText(en + " " + number, zh + " " + number), category,
                Dimensions.ofMm(l, w, h), Weight.ofGrams(grams), shape);
    }

    private Pool[] poolFor(Part part) {
        String c = part.category();
        long g = part.weight().grams();
        if (c.equals("exhaust") || c.equals("glass")) {
            return new Pool[] {Pool.VERTICAL};
        }
        if (c.equals("body-panel")) {
            return new Pool[] {Pool.PANEL};
        }
        if (g >= 25_000) {
            return new Pool[] {Pool.FLOOR, Pool.LOW};
        }
        if (g >= 10_000) {
            return new Pool[] {Pool.LOW, Pool.WAIST};
        }
        if (part.dimensions().fitsIn(Dimensions.ofMm(300, 400, 150))) {
            return new Pool[] {Pool.DRAWER, Pool.ANY, Pool.WAIST};
        }
        return new Pool[] {Pool.ANY, Pool.WAIST, Pool.LOW};
    }

    private BinCode take(Pool[] choices) {
        for (Pool p : choices) {
            List<BinCode> pool = pools.get(p);
            if (!pool.isEmpty()) {
                return pool.remove(pool.size() - 1);
            }
        }
        return null;
    }

    private long quantity(Part part, BinCode bin) {
        long[] info = binInfo.get(bin);
        long byVolume = info[0] / 2 / part.dimensions().volumeMm3();
        long byWeight = part.weight().grams() == 0 ? 50 : info[1] / part.weight().grams();
        return Math.max(1, Math.min(Math.min(byVolume, byWeight), 1 + random.nextInt(12)));
    }

    private int misplace(List<StockLine> lines, List<Part> parts, int count) {
        Map<PartNumber, Part> byNumber = new HashMap<>();
        parts.forEach(p -> byNumber.put(p.number(), p));
        int done = 0;
        for (int k = 0; k < count && !lines.isEmpty(); k++) {
            int i = random.nextInt(lines.size());
            StockLine line = lines.get(i);
            Part part = byNumber.get(line.part());
            int how = random.nextInt(3);
            if (how == 0) {
                boolean special = part.weight().grams() >= 10_000 || part.category().equals("body-panel")
                        || part.category().equals("exhaust") || part.category().equals("glass");
                BinCode high = take(special ? new Pool[] {Pool.ANY, Pool.DRAWER} : new Pool[] {Pool.PANEL});
                if (high != null) {
                    lines.set(i, new StockLine(high, line.part(), 1));
                    done++;
                }
            } else if (how == 1) {
                StockLine other = lines.get(random.nextInt(lines.size()));
                if (!other.bin().equals(line.bin())) {
                    lines.set(i, new StockLine(other.bin(), line.part(), line.quantity()));
                    done++;
                }
            } else {
                BinCode second = line.quantity() < 2 ? null : take(poolFor(part));
                if (second != null) {
                    lines.set(i, new StockLine(line.bin(), line.part(), line.quantity() - 1));
                    lines.add(new StockLine(second, line.part(), 1));
                    done++;
                }
            }
        }
        return done;
    }

    /** @return every bin code made, in layout order */
    List<BinCode> bins() {
        return allBins;
    }
}
