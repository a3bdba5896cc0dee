package org.aftersales.benchmarks.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.SupplierId;
import org.aftersales.core.id.WarehouseId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Dimensions;
import org.aftersales.core.value.Quantity;
import org.aftersales.core.value.Weight;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.LayoutSpec;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRules;
import org.aftersales.inventory.RackKind;
import org.aftersales.inventory.ShapeClass;
import org.aftersales.inventory.operations.ConfirmPutaway;
import org.aftersales.inventory.operations.LedgerCommands;
import org.aftersales.inventory.operations.PackingLine;
import org.aftersales.inventory.operations.PartsStandards;
import org.aftersales.inventory.operations.PartsWarehouse;
import org.aftersales.inventory.operations.Receipt;
import org.aftersales.inventory.operations.ReceiveGoods;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of reservations and issues on one hot part from two threads (P6, P12), against a
 * bare compare-and-set counter as the floor, in the same run. One operation is a round trip that
 * leaves the stock as it found it, so the run can go on for ever:
 * <ul>
 *   <li>{@code reserve}: reserve one piece for the thread's document, then release it (two units of work);</li>
 *   <li>{@code issue}: issue one piece to the thread's repair order, then give it back (two units
 *       of work, each writing a numbered movement).</li>
 * </ul>
 * The warehouse keeps every guarantee (versioned saves, whole units of work, no overselling,
 * events, a gap-free movement number, retries of a unit that lost a race); the floor
 * ({@code cas-floor}) is what a user would write without the library: an {@link AtomicLong} of
 * free pieces decremented and incremented by compare-and-set, with no ledger at all.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests && java -jar
 * examples/benchmarks/target/benchmarks.jar HotPartBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(2)
@State(Scope.Benchmark)
public class HotPartBenchmark {

    static final PartNumber HOT = PartNumber.of("15400-RTA-003");
    static final DepartmentId PARTS = DepartmentId.of("parts");
    static final StaffId CLERK = StaffId.of("clerk");
    static final long STOCK = 1_000;

    /** What is measured: the warehouse or the floor. */
    @Param({"warehouse", "cas-floor"})
    public String target;

    /** Which round trip. */
    @Param({"reserve", "issue"})
    public String operation;

    PartsWarehouse warehouse;
    AtomicLong free;
    final AtomicInteger threads = new AtomicInteger();

    /** Each thread's own document. */
    @State(Scope.Thread)
    public static class Document {
        SupplyDocument document;
        List<PartLine> one;

        /**
         * Picks the thread's document.
         *
         * @param bench the benchmark state
         */
        @Setup(Level.Trial)
        public void pick(HotPartBenchmark bench) {
            document = SupplyDocument.repairOrder("RO-BENCH-" + bench.threads.incrementAndGet());
            one = List.of(new PartLine(HOT, Quantity.pieces(1)));
        }
    }

    /** Builds a warehouse with 1,000 pieces of the hot part put away, and the floor's counter. */
    @Setup(Level.Trial)
    public void open() {
        free = new AtomicLong(STOCK);
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Storage storage = Storage.builder().discovery(false).clock(clock).build();
        StaffDirectory staff = StaffDirectory.of(List.of(new Department(PARTS, DepartmentKind.PARTS, "Parts", CLERK)),
                List.of(new StaffMember(CLERK, "Clerk", PARTS, Set.of(Role.WAREHOUSE_KEEPER), null)));
        BusinessCalendar calendar = BusinessCalendar.fromJson("""
                {"openingHours": {"parts": {"TUESDAY": [{"open": "08:30", "close": "17:30"}]}}}""");
        Deadlines deadlines = Deadlines.builder().storage(storage).clock(clock).calendar(calendar).staff(staff)
                .standard(PartsStandards.answerPartsRequest(PARTS)).standard(PartsStandards.homeDelivery(
                        PartsStandards.DELIVER_WITHIN)).build();
        LayoutSpec.LevelSpec floor = new LayoutSpec.LevelSpec(1, 0, 5000, 2, Dimensions.ofMm(2000, 2000, 2000));
        LayoutSpec.RackSpec area = new LayoutSpec.RackSpec(1, RackKind.FLOOR_AREA, null, null, null, List.of(floor));
        Layout layout = Layout.of(new LayoutSpec(WarehouseId.of("WH-B"), "Bench",
                List.of(new LayoutSpec.ZoneSpec("A", "Front", 2, List.of(area)))));
        PartMaster parts = PartMaster.of(List.of(Part.builder(HOT, new LocalizedText("Oil filter", "机油滤清器"),
                "oil-filter", Dimensions.ofMm(100, 100, 120), Weight.ofKg("0.4"), ShapeClass.CYLINDER).build()));
        PlacementEngine engine = PlacementEngine.builder(layout, parts).rules(PlacementRules.standard()).build();
        warehouse = PartsWarehouse.builder().storage(storage).clock(clock).calendar(calendar).staff(staff)
                .deadlines(deadlines).placement(engine).attempts(10_000).build();
        Receipt r = warehouse.receive(new ReceiveGoods(SupplierId.of("maker"), "PL-1", CLERK,
                List.of(PackingLine.asListed(HOT, STOCK))));
        warehouse.confirmPutaway(new ConfirmPutaway(r.id(), 1, null, CLERK));
    }

    /**
     * One round trip on the hot part.
     *
     * @param doc the thread's document
     * @return something for the blackhole
     */
    @Benchmark
    public Object roundTrip(Document doc) {
        if ("cas-floor".equals(target)) {
            long before;
            do {
                before = free.get();
                if (before == 0) {
                    throw new IllegalStateException("sold out");
                }
            } while (!free.compareAndSet(before, before - 1));
            return free.incrementAndGet();
        }
        if ("reserve".equals(operation)) {
            warehouse.reserve(new LedgerCommands.Reserve(doc.document, doc.one, LocalDate.of(2026, 12, 1)));
            return warehouse.release(new LedgerCommands.Release(doc.document));
        }
        warehouse.issue(new LedgerCommands.Issue(doc.document, doc.one));
        return warehouse.giveBack(new LedgerCommands.GiveBack(doc.document, doc.one));
    }
}
