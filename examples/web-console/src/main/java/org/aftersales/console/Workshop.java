package org.aftersales.console;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.store.Storage;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.EstimateLine;
import org.aftersales.serviceflow.Payer;
import org.aftersales.serviceflow.QualityCheck;
import org.aftersales.serviceflow.Request;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Team;
import org.aftersales.serviceflow.blueprint.ServiceBlueprint;
import org.aftersales.serviceflow.board.ProgressBoard;
import org.aftersales.serviceflow.spi.LabourTime;
import org.aftersales.serviceflow.spi.LabourTimes;

/**
 * The workshop: a service desk on the console's store with the service blueprint's timed
 * standards as deadlines, and service-flow's {@link ProgressBoard} kept from the store's events
 * (subscribed when the workshop is made, caught up from the event log, so a restarted console
 * shows the same board). Seeded with a day's open repair orders, some waiting, some in repair,
 * some about to finish, so that the lounge board opens with red, yellow and green rows, and with
 * cars delivered in the last days that are due for their follow-up call. The cars were received
 * earlier: the desk's clock runs behind while seeding.
 */
public final class Workshop {

    static final StaffId ADVISOR = StaffId.of("S-LIU");
    static final StaffId LEAD = StaffId.of("T-HE");
    static final StaffId[] TECHNICIANS = {StaffId.of("T-MA"), StaffId.of("T-ZHOU")};
    /** The technician who finishes the seeded jobs that are past repair. */
    static final StaffId FINISHER = StaffId.of("T-SONG");
    static final StaffId INSPECTOR = StaffId.of("Q-WU");
    static final StaffId CASHIER = StaffId.of("F-ZHENG");
    /** The seeded open orders (by index) that are past repair: about to finish, green on the board. */
    private static final Set<Integer> FINISHED = Set.of(3, 7);

    /** The plates of the cars delivered in the last days, due for their follow-up call. */
    static final String[] DELIVERED_PLATES = {"粤A6T218", "粤B3N504"};
    /** Hours before now at which each delivered car was received. */
    private static final int[] DELIVERED_HOURS_AGO = {30, 52};

    /** The plates of the seeded cars; only the board's mask of them is ever public. */
    static final String[] PLATES = {"粤A12345", "粤B6M789", "粤AD23456", "京N88A21", "粤S3K012", "湘A77Q19",
        "粤E50C66", "粤AF10087", "桂C2K390", "粤B9W741", "沪D51H02", "粤A8X563"};

    /** Minutes from now to each seeded car's wanted time (the promise is half an hour before it). */
    private static final int[] WANTED_IN = {-50, 20, 150, 40, -10, 240, 55, 300, 90, 200, 45, 180};

    /** The flat-rate guide of the seeded dealership. */
    static final class Guide implements LabourTimes {
        @Override
        public String id() {
            return "console-guide";
        }

        @Override
        public Optional<LabourTime> find(String operation, String model) {
            return Optional.ofNullable(switch (operation) {
                case "OIL-CHANGE" -> new LabourTime(operation, new BigDecimal("0.5"), "engine");
                case "BRAKE-PADS" -> new LabourTime(operation, new BigDecimal("1.2"), "brakes");
                case "AC-CHECK" -> new LabourTime(operation, new BigDecimal("1.0"), "electrical");
                default -> null;
            });
        }
    }

    private final OffsetClock clock;
    private final Storage storage;
    private final ServiceDesk desk;
    private final Deadlines deadlines;
    private final ProgressBoard progress = new ProgressBoard();
    private final LoungeBoard board;
    private final List<RepairOrderId> orders = new ArrayList<>();
    private final List<RepairOrderId> delivered = new ArrayList<>();

    private Workshop(Clock base, Storage storage, StaffDirectory staff, BigDecimal teamHours) {
        this.clock = new OffsetClock(base);
        this.storage = storage;
        Deadlines.Builder db = Deadlines.builder().storage(storage).clock(clock).calendar(Dealership.calendar()).staff(staff);
        ServiceDesk.standards(ServiceBlueprint.defaults(), Dealership.SERVICE).forEach(db::standard);
        this.deadlines = db.build();
        List<StaffId> team = new ArrayList<>(List.of(TECHNICIANS));
        team.add(FINISHER);
        this.desk = ServiceDesk.builder().storage(storage).clock(clock).staff(staff).labourTimes(new Guide())
                .deadlines(deadlines)
                .team(new Team("team-a", LEAD, team, Set.of("engine", "brakes", "electrical"), teamHours))
                .dealership("Guangzhou 4S store", "No. 8 Riverside Road").build();
        // live from now on, and everything before from the log; events seen twice are skipped
        storage.events().subscribe(progress);
        progress.catchUp(storage.events());
        this.board = new LoungeBoard(progress, Dealership.ZONE);
    }

    /**
     * A workshop with the console's staff and the day's twelve cars, on a new in-memory store.
     *
     * @param base the console's clock
     * @return the seeded workshop
     */
    static Workshop seeded(Clock base) {
        Workshop w = on(Storage.builder().discovery(false).clock(base).build(), base);
        w.seed();
        return w;
    }

    /**
     * The console's workshop on its store, as it is there (seed it once with {@link #seed()}).
     *
     * @param storage the console's store
     * @param base the console's clock
     * @return the workshop
     */
    static Workshop on(Storage storage, Clock base) {
        return new Workshop(base, storage, Dealership.staffDirectory(), new BigDecimal("16"));
    }

    /**
     * Receives the day's twelve cars, their wanted times spread around now, and hands over the
     * cars of the last days that are now due for a follow-up call.
     */
    void seed() {
        seed(PLATES.length, i -> WANTED_IN[i]);
        try {
            for (int i = 0; i < DELIVERED_PLATES.length; i++) {
                clock.offset(Duration.ofHours(-DELIVERED_HOURS_AGO[i]));
                delivered.add(deliveredOrder(i, Duration.ofHours(-DELIVERED_HOURS_AGO[i])));
            }
        } finally {
            clock.offset(Duration.ZERO);
        }
    }

    /**
     * A workshop with many open orders, for measuring the board: promises spread over the day
     * around now.
     *
     * @param base the clock
     * @param count how many open orders
     * @return the seeded workshop
     */
    public static Workshop withOpenOrders(Clock base, int count) {
        Workshop w = new Workshop(base, Storage.builder().discovery(false).clock(base).build(),
                Dealership.staffDirectory(), new BigDecimal("10000"));
        w.seed(count, i -> (i * 37) % 600 - 120);
        return w;
    }

    /** @return the lounge board over this workshop's progress board */
    public LoungeBoard board() {
        return board;
    }

    /** @return service-flow's progress board, kept from this workshop's store */
    ProgressBoard progress() {
        return progress;
    }

    /** @return the deadlines of the service blueprint's timed standards */
    Deadlines deadlines() {
        return deadlines;
    }

    /** @return the seeded cars delivered in the last days */
    List<RepairOrderId> delivered() {
        return delivered;
    }

    ServiceDesk desk() {
        return desk;
    }

    Storage storage() {
        return storage;
    }

    List<RepairOrderId> orders() {
        return orders;
    }

    private void seed(int count, java.util.function.IntUnaryOperator wantedInMinutes) {
        Instant now = clock.instant();
        clock.offset(Duration.ofHours(-5));
        try {
            for (int i = 0; i < count; i++) {
                RepairOrderId ro = order(i, PLATES[i % PLATES.length], now.plus(Duration.ofMinutes(wantedInMinutes.applyAsInt(i))),
                        i % 3 != 2, i < 2);
                if (count == PLATES.length && FINISHED.contains(i)) {
                    finishRepair(ro);
                }
                orders.add(ro);
            }
        } finally {
            clock.offset(Duration.ZERO);
        }
    }

    /** One car: received, diagnosed, estimated for the wanted time, approved, maybe dispatched and clocked on. */
    private RepairOrderId order(int i, String plate, Instant wanted, boolean dispatch, boolean clockOn) {
        String op = switch (i % 3) {
            case 0 -> "OIL-CHANGE";
            case 1 -> "BRAKE-PADS";
            default -> "AC-CHECK";
        };
        RepairOrderId ro = RepairOrderId.of(desk.checkIn(new Commands.CheckIn(null,
                new Commands.CustomerDetails(CustomerId.of("C-" + (1000 + i)), "Customer " + i,
                        String.valueOf(13_800_001_000L + i), false, null),
                VehicleId.of("V-" + (1000 + i)), LicencePlate.parse(plate), "Accord", null, 20_000 + i * 10L, ADVISOR,
                List.of(op), true, null, false, ADVISOR)).get(0).subject());
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of(), true, List.of(), true, ADVISOR));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, ADVISOR));
        desk.diagnose(new Commands.Diagnose(ro, Map.of(0, "as the customer said"), false, null, ADVISOR));
        desk.estimate(new Commands.Estimate(ro, List.of(new Commands.Line("L1", EstimateLine.Kind.LABOUR, op, op, null,
                null, null, Payer.CUSTOMER, 0)), wanted, "cash", "Customer " + i, null, ADVISOR));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "agreed at the desk", ADVISOR));
        if (dispatch) {
            desk.dispatch(new Commands.Dispatch(ro, "team-a", ADVISOR));
        }
        if (dispatch && clockOn) {
            StaffId tech = TECHNICIANS[i % TECHNICIANS.length];
            desk.clockOn(new Commands.ClockOn(ro, tech, "L1", tech));
        }
        return ro;
    }

    /** Repair done and checked by the technician and the team leader: the car goes to the final check. */
    private void finishRepair(RepairOrderId ro) {
        desk.clockOn(new Commands.ClockOn(ro, FINISHER, "L1", FINISHER));
        desk.clockOff(new Commands.ClockOff(ro, FINISHER, FINISHER));
        desk.recordResult(new Commands.RecordResult(ro, 0, null, "done as estimated", Request.Result.FIXED, FINISHER));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "workmanship guaranteed 3 months", FINISHER));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, FINISHER));
        desk.finishRepair(new Commands.FinishRepair(ro, FINISHER));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, LEAD));
    }

    /** A car received hours ago, repaired, paid for and handed over: its follow-up call is due. */
    private RepairOrderId deliveredOrder(int i, Duration received) {
        int n = PLATES.length + i;
        Instant wanted = clock.instant().plus(Duration.ofHours(4));
        RepairOrderId ro = order(n, DELIVERED_PLATES[i], wanted, true, false);
        finishRepair(ro);
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null, null, INSPECTOR));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, ADVISOR));
        desk.explainSettlement(new Commands.ExplainSettlement(ro, ADVISOR));
        desk.signSettlement(new Commands.SignSettlement(ro, ADVISOR));
        desk.takePayment(new Commands.TakePayment(ro, desk.order(ro).orElseThrow().value().settlement().total(), CASHIER));
        clock.offset(received.plusHours(3));
        desk.deliver(new Commands.Deliver(ro, true, true, true, true, ADVISOR));
        return ro;
    }
}
