package org.aftersales.inventory.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.WarehouseId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;
import org.aftersales.core.value.Dimensions;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.Weight;
import org.aftersales.inventory.ConsumerInfo;
import org.aftersales.inventory.LayoutSpec;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PartLink;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRules;
import org.aftersales.inventory.RackKind;
import org.aftersales.inventory.ShapeClass;
import org.aftersales.inventory.Sourcing;
import org.aftersales.inventory.StorageRequirement;

/**
 * A small parts department for the tests: a front zone of shelves and a drawer cabinet, a back
 * zone with a vertical rack; a clerk, a driver and a manager; the parts department open
 * 08:30-17:30 on weekdays; the clock at Tuesday 1 December 2026, 10:00 in Shanghai.
 */
final class Shop {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final DepartmentId PARTS = DepartmentId.of("parts");
    static final StaffId CLERK = StaffId.of("zhang");
    static final StaffId DRIVER = StaffId.of("liu");
    static final StaffId MANAGER = StaffId.of("chen");

    static final PartNumber OIL_FILTER = PartNumber.of("15400-RTA-003");
    static final PartNumber BRAKE_PADS = PartNumber.of("45022-TBA-A01");
    static final PartNumber BRAKE_PADS_AFTERMARKET = PartNumber.of("AM-BP-4502");
    static final PartNumber WINDSCREEN = PartNumber.of("73111-T2A-003");
    static final PartNumber ENGINE_OIL = PartNumber.of("08232-P99-4LHE");
    static final PartNumber BATTERY = PartNumber.of("31500-TLA-BAT");
    static final PartNumber BULB = PartNumber.of("33301-S84-003");
    static final PartNumber CLIP = PartNumber.of("91512-SX0-003");

    static final String HOURS = """
            {"openingHours": {"parts": {
                "MONDAY":    [{"open": "08:30", "close": "17:30"}],
                "TUESDAY":   [{"open": "08:30", "close": "17:30"}],
                "WEDNESDAY": [{"open": "08:30", "close": "17:30"}],
                "THURSDAY":  [{"open": "08:30", "close": "17:30"}],
                "FRIDAY":    [{"open": "08:30", "close": "17:30"}]}}}""";

    static final StaffDirectory STAFF = StaffDirectory.of(
            List.of(new Department(PARTS, DepartmentKind.PARTS, "Parts", MANAGER)),
            List.of(new StaffMember(CLERK, "Zhang", PARTS, Set.of(Role.WAREHOUSE_KEEPER, Role.PARTS_CLERK), DRIVER),
                    new StaffMember(DRIVER, "Liu", PARTS, Set.of(Role.PARTS_CLERK), CLERK),
                    new StaffMember(MANAGER, "Chen", PARTS, Set.of(Role.MANAGER), null)));

    private Shop() {
    }

    static LayoutSpec.LevelSpec level(int number, int heightMm, int loadKg, int bins, int l, int w, int h) {
        return new LayoutSpec.LevelSpec(number, heightMm, loadKg, bins, Dimensions.ofMm(l, w, h));
    }

    static Layout layout() {
        LayoutSpec.ZoneSpec a = new LayoutSpec.ZoneSpec("A", "Front", 2, List.of(
                new LayoutSpec.RackSpec(1, RackKind.SHELF, null, null, null, List.of(
                        level(1, 100, 500, 6, 600, 500, 400), level(2, 800, 300, 6, 600, 500, 400))),
                new LayoutSpec.RackSpec(2, RackKind.DRAWER_CABINET, null, null, null, List.of(
                        level(1, 200, 100, 10, 300, 400, 150)))));
        LayoutSpec.ZoneSpec b = new LayoutSpec.ZoneSpec("B", "Back", 15, List.of(
                new LayoutSpec.RackSpec(1, RackKind.VERTICAL_RACK, null, null, null, List.of(
                        level(1, 0, 800, 6, 400, 400, 2500)))));
        return Layout.of(new LayoutSpec(WarehouseId.of("WH-1"), "Parts warehouse", List.of(a, b)));
    }

    static Part.Builder part(PartNumber n, String en, String zh, String category, int l, int w, int h, String kg,
            ShapeClass shape) {
        return Part.builder(n, new LocalizedText(en, zh), category, Dimensions.ofMm(l, w, h), Weight.ofKg(kg), shape);
    }

    static ConsumerInfo info(String price, String origin, String maker, boolean perishable) {
        return new ConsumerInfo(Money.ofYuan(price), origin, maker, "OEM specification", "A", perishable, perishable);
    }

    static PartMaster parts() {
        return PartMaster.of(List.of(
                part(OIL_FILTER, "Oil filter", "机油滤清器", "oil-filter", 100, 100, 120, "0.4", ShapeClass.CYLINDER)
                        .fits("Accord").consumerInfo(info("48.00", "Guangzhou", "Honda", false)).build(),
                part(BRAKE_PADS, "Front brake pads", "前刹车片", "brake", 150, 120, 60, "1.2", ShapeClass.SMALL_BOX)
                        .fits("Civic").sourcing(Sourcing.GENUINE)
                        .link(new PartLink(BRAKE_PADS_AFTERMARKET, PartLink.Kind.ALTERNATIVE, PartLink.Tier.ECONOMY))
                        .consumerInfo(info("320.00", "Wuhan", "Honda", false)).build(),
                part(BRAKE_PADS_AFTERMARKET, "Front brake pads, aftermarket", "前刹车片（副厂）", "brake", 150, 120, 60,
                        "1.2", ShapeClass.SMALL_BOX).fits("Civic").sourcing(Sourcing.AFTERMARKET)
                        .link(new PartLink(BRAKE_PADS, PartLink.Kind.ALTERNATIVE, PartLink.Tier.ORIGINAL))
                        .consumerInfo(info("150.00", "Taizhou", "Generic Auto", false)).build(),
                part(WINDSCREEN, "Windscreen", "前挡风玻璃", "glass", 1500, 350, 20, "15", ShapeClass.FLAT_PANEL)
                        .fits("Accord").storage(StorageRequirement.VERTICAL).fragile(true)
                        .consumerInfo(info("1800.00", "Fuqing", "Fuyao", false)).build(),
                part(ENGINE_OIL, "Engine oil 4 L", "机油 4 升", "fluid", 200, 120, 280, "3.6", ShapeClass.SMALL_BOX)
                        .fits("Accord").fits("Civic").consumerInfo(info("260.00", "Tianjin", "Honda", true)).build(),
                part(BATTERY, "Battery", "蓄电池", "battery", 250, 175, 190, "14", ShapeClass.LARGE_BOX)
                        .fits("Accord").consumerInfo(info("680.00", "Shenyang", "Camel", true)).build(),
                part(BULB, "Headlamp bulb", "前大灯灯泡", "lighting", 60, 60, 100, "0.1", ShapeClass.SMALL_BOX)
                        .consumerInfo(info("35.00", "Shanghai", "Osram", false)).build(),
                part(CLIP, "Trim clip", "内饰卡扣", "fastener", 20, 20, 15, "0.01", ShapeClass.SMALL_BOX)
                        .consumerInfo(info("5.00", "Ningbo", "Honda", false)).build()));
    }

    static PlacementEngine engine() {
        return PlacementEngine.builder(layout(), parts()).rules(PlacementRules.standard()).build();
    }

    static Clock clock() {
        return Clock.fixed(NOW, SHANGHAI);
    }

    static BusinessCalendar calendar() {
        return BusinessCalendar.fromJson(HOURS);
    }

    static Deadlines deadlines(Storage storage, Clock clock) {
        return Deadlines.builder().storage(storage).clock(clock).calendar(calendar()).staff(STAFF)
                .standard(PartsStandards.answerPartsRequest(PARTS))
                .standard(PartsStandards.homeDelivery(PartsStandards.DELIVER_WITHIN)).build();
    }

    static PartsWarehouse.Builder warehouse(Storage storage, Clock clock) {
        return PartsWarehouse.builder().storage(storage).clock(clock).calendar(calendar()).staff(STAFF)
                .deadlines(deadlines(storage, clock)).placement(engine());
    }

    static Storage storage(Clock clock) {
        return Storage.builder().discovery(false).clock(clock).build();
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
