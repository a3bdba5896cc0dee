package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.WarehouseId;
import org.aftersales.core.value.Dimensions;
import org.aftersales.core.value.Weight;

/** A small warehouse with every kind of rack and a parts list covering each rule of 000. */
final class Fixtures {

    static final PartNumber OIL_FILTER = PartNumber.of("15400-RTA-003");
    static final PartNumber TRIM_PANEL = PartNumber.of("83500-TLA-A01");
    static final PartNumber MUFFLER = PartNumber.of("18307-T2A-A01");
    static final PartNumber EXHAUST_PIPE = PartNumber.of("18210-T2A-A02");
    static final PartNumber WINDSCREEN = PartNumber.of("73111-T2A-003");
    static final PartNumber BRAKE_DISC = PartNumber.of("45251-TBA-A00");
    static final PartNumber GEARBOX = PartNumber.of("20011-5T0-000");
    static final PartNumber DOOR_ACCORD = PartNumber.of("67010-T2A-A00");
    static final PartNumber FENDER_ACCORD = PartNumber.of("60211-T2A-A00");
    static final PartNumber FENDER_CIVIC = PartNumber.of("60211-TBA-A00");
    static final PartNumber PLUG_A = PartNumber.of("12290-R40-A01");
    static final PartNumber PLUG_B = PartNumber.of("12290-R40-A02");
    static final PartNumber BULB = PartNumber.of("33301-S84-003");

    private Fixtures() {
    }

    static LayoutSpec.LevelSpec level(int number, int heightMm, int loadKg, int bins, int l, int w, int h) {
        return new LayoutSpec.LevelSpec(number, heightMm, loadKg, bins, Dimensions.ofMm(l, w, h));
    }

    static LayoutSpec.RackSpec rack(int number, RackKind kind, String dedicated, Integer facing,
            LayoutSpec.LevelSpec... levels) {
        return new LayoutSpec.RackSpec(number, kind, dedicated, facing, null, List.of(levels));
    }

    /** Zone A near the counter: two facing shelves and a drawer cabinet; zone B: vertical rack, floor, body panels. */
    static LayoutSpec layoutSpec() {
        LayoutSpec.ZoneSpec a = new LayoutSpec.ZoneSpec("A", "Front", 2, List.of(
                rack(1, RackKind.SHELF, null, 2, level(1, 100, 500, 6, 600, 500, 400), level(2, 800, 300, 6, 600, 500, 400),
                        level(3, 1500, 200, 6, 600, 500, 400)),
                rack(2, RackKind.SHELF, null, 1, level(1, 100, 500, 6, 600, 500, 400), level(2, 800, 300, 6, 600, 500, 400),
                        level(3, 1500, 200, 6, 600, 500, 400)),
                rack(3, RackKind.DRAWER_CABINET, null, null, level(1, 200, 100, 10, 300, 400, 150),
                        level(2, 500, 100, 10, 300, 400, 150), level(3, 800, 100, 10, 300, 400, 150))));
        LayoutSpec.ZoneSpec b = new LayoutSpec.ZoneSpec("B", "Back", 15, List.of(
                rack(1, RackKind.VERTICAL_RACK, null, null, level(1, 0, 800, 8, 400, 400, 2500)),
                rack(2, RackKind.FLOOR_AREA, null, null, level(1, 0, 5000, 4, 1500, 1500, 1500)),
                rack(3, RackKind.SHELF, "body-panel", null, level(1, 100, 300, 4, 1600, 300, 1200),
                        level(2, 1400, 300, 4, 1600, 300, 1200))));
        return new LayoutSpec(WarehouseId.of("WH-TEST"), "Test warehouse", List.of(a, b));
    }

    static Layout layout() {
        return Layout.of(layoutSpec());
    }

    static Part.Builder part(PartNumber number, String en, String zh, String category, int l, int w, int h, String kg,
            ShapeClass shape) {
        return Part.builder(number, new LocalizedText(en, zh), category, Dimensions.ofMm(l, w, h), Weight.ofKg(kg), shape);
    }

    static List<Part> partList() {
        List<Part> parts = new ArrayList<>();
        parts.add(part(OIL_FILTER, "Oil filter", "机油滤清器", "oil-filter", 100, 100, 120, "0.4", ShapeClass.CYLINDER)
                .fits("Accord").movement(Movement.FAST).build());
        parts.add(part(TRIM_PANEL, "Door trim panel", "车门内饰板", "trim-panel", 550, 450, 30, "1.5", ShapeClass.FLAT_PANEL)
                .fits("Accord").build());
        parts.add(part(MUFFLER, "Rear muffler", "后消声器", "exhaust", 1200, 280, 250, "9", ShapeClass.LONG)
                .fits("Accord").build());
        parts.add(part(EXHAUST_PIPE, "Exhaust pipe", "排气管", "exhaust", 2000, 100, 100, "6", ShapeClass.LONG)
                .fits("Accord").build());
        parts.add(part(WINDSCREEN, "Windscreen", "前挡风玻璃", "glass", 1500, 350, 20, "15", ShapeClass.FLAT_PANEL)
                .fits("Accord").storage(StorageRequirement.VERTICAL).fragile(true).build());
        parts.add(part(BRAKE_DISC, "Front brake disc", "前制动盘", "brake", 300, 300, 30, "12", ShapeClass.ROUND)
                .fits("Civic").build());
        parts.add(part(GEARBOX, "Gearbox assembly", "变速箱总成", "transmission", 600, 500, 450, "45", ShapeClass.LARGE_BOX)
                .fits("Accord").movement(Movement.SLOW).build());
        parts.add(part(DOOR_ACCORD, "Front door shell, Accord", "雅阁前门壳", "body-panel", 1400, 200, 1100, "9",
                ShapeClass.FLAT_PANEL).fits("Accord").build());
        parts.add(part(FENDER_ACCORD, "Front fender, Accord", "雅阁前翼子板", "body-panel", 1000, 200, 600, "4",
                ShapeClass.FLAT_PANEL).fits("Accord").build());
        parts.add(part(FENDER_CIVIC, "Front fender, Civic", "思域前翼子板", "body-panel", 1000, 200, 600, "4",
                ShapeClass.FLAT_PANEL).fits("Civic").build());
        parts.add(part(PLUG_A, "Spark plug, standard", "火花塞（标准型）", "ignition", 25, 25, 90, "0.05", ShapeClass.SMALL_BOX)
                .lookAlike("spark-plug-r40").movement(Movement.FAST).build());
        parts.add(part(PLUG_B, "Spark plug, iridium", "火花塞（铱金型）", "ignition", 25, 25, 90, "0.05", ShapeClass.SMALL_BOX)
                .lookAlike("spark-plug-r40").movement(Movement.FAST).build());
        parts.add(part(BULB, "Headlamp bulb", "前大灯灯泡", "lighting", 60, 60, 100, "0.1", ShapeClass.SMALL_BOX).build());
        return parts;
    }

    static PartMaster parts() {
        return PartMaster.of(partList());
    }

    static PlacementEngine engine() {
        return PlacementEngine.builder(layout(), parts()).rules(PlacementRules.standard()).build();
    }

    static StockSnapshot stock(Object... binPartQty) {
        List<StockLine> lines = new ArrayList<>();
        for (int i = 0; i < binPartQty.length; i += 3) {
            lines.add(new StockLine(org.aftersales.core.id.BinCode.of((String) binPartQty[i]), (PartNumber) binPartQty[i + 1],
                    ((Number) binPartQty[i + 2]).longValue()));
        }
        return new StockSnapshot(lines);
    }
}
