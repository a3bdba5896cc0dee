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
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.EstimateLine;
import org.aftersales.serviceflow.Payer;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Team;
import org.aftersales.serviceflow.spi.LabourTime;
import org.aftersales.serviceflow.spi.LabourTimes;

/**
 * The workshop: a service desk on the console's store, seeded with a day's open repair orders,
 * their promises spread so that the lounge board opens with red, yellow and green rows. The cars
 * were received earlier in the day: the desk's clock runs behind while seeding.
 */
public final class Workshop {

    static final StaffId ADVISOR = StaffId.of("S-LIU");
    static final StaffId LEAD = StaffId.of("T-HE");
    static final StaffId[] TECHNICIANS = {StaffId.of("T-MA"), StaffId.of("T-ZHOU")};

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
    private final List<RepairOrderId> orders = new ArrayList<>();

    private Workshop(Clock base, Storage storage, StaffDirectory staff, BigDecimal teamHours) {
        this.clock = new OffsetClock(base);
        this.storage = storage;
        this.desk = ServiceDesk.builder().storage(storage).clock(clock).staff(staff).labourTimes(new Guide())
                .team(new Team("team-a", LEAD, List.of(TECHNICIANS), Set.of("engine", "brakes", "electrical"), teamHours))
                .dealership("Guangzhou 4S store", "No. 8 Riverside Road").build();
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

    /** Receives the day's twelve cars, their wanted times spread around now. */
    void seed() {
        seed(PLATES.length, i -> WANTED_IN[i]);
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

    /** @return the lounge board over this workshop's store */
    public LoungeBoard board() {
        return new LoungeBoard(storage, Dealership.ZONE, BoardLight.DEFAULT_WARNING);
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
                orders.add(order(i, now.plus(Duration.ofMinutes(wantedInMinutes.applyAsInt(i))), i % 3 != 2, i < 2));
            }
        } finally {
            clock.offset(Duration.ZERO);
        }
    }

    /** One car: received, diagnosed, estimated for the wanted time, approved, maybe dispatched and clocked on. */
    private RepairOrderId order(int i, Instant wanted, boolean dispatch, boolean clockOn) {
        String plate = PLATES[i % PLATES.length];
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
}
