package org.aftersales.benchmarks.serviceflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.EstimateLine;
import org.aftersales.serviceflow.Payer;
import org.aftersales.serviceflow.QualityCheck;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.RepairOrderLifecycle;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.RepairOrderTrigger;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Team;
import org.aftersales.serviceflow.spi.LabourTime;
import org.aftersales.serviceflow.spi.LabourTimes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole repair order, booking to the gate (23 commands: book, confirm, check in, walk-around,
 * concerns confirmed, diagnosis, estimate, approval, dispatch, clock on, clock off, result,
 * guarantee card, self check, finish, team-leader check, final inspection, pre-delivery check,
 * explain, sign, pay, deliver, gate), each validated, run in its own unit of work on the in-memory
 * store with its events published ({@link #wholeOrder}); beside it, the floor: the same 23
 * transitions fired on the bare engine with a map put each ({@link #floor}). The goal is a whole
 * order under 200 microseconds at p50; the ratio of the two medians says what the desk costs over
 * the engine. Deadlines and notifications are off (they add their own stored aggregates); the
 * clock moves a day per order so each order books a fresh day.
 *
 * <p>Run: {@code java -jar examples/benchmarks/target/benchmarks.jar ServiceFlowBenchmark -f 1 -wi 3
 * -i 5 -w 2s -r 2s}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ServiceFlowBenchmark {

    static final StaffId ADVISOR = StaffId.of("advisor");
    static final StaffId TECH = StaffId.of("tech");
    static final StaffId LEAD = StaffId.of("lead");
    static final StaffId QC = StaffId.of("qc");
    static final StaffId CASHIER = StaffId.of("cashier");
    static final StaffId GUARD = StaffId.of("guard");
    static final DepartmentId SERVICE = DepartmentId.of("service");

    /** The triggers the desk fires for one order, in order, from {@code BOOKED}. */
    static final RepairOrderTrigger[] TRIGGERS = {
        RepairOrderTrigger.CONFIRM, RepairOrderTrigger.CHECK_IN, RepairOrderTrigger.RECORD,
        RepairOrderTrigger.RECORD, RepairOrderTrigger.DIAGNOSE, RepairOrderTrigger.ESTIMATE,
        RepairOrderTrigger.APPROVE, RepairOrderTrigger.DISPATCH, RepairOrderTrigger.START_REPAIR,
        RepairOrderTrigger.CLOCK, RepairOrderTrigger.RECORD, RepairOrderTrigger.RECORD,
        RepairOrderTrigger.PASS_CHECK, RepairOrderTrigger.FINISH_REPAIR, RepairOrderTrigger.PASS_CHECK,
        RepairOrderTrigger.PASS_FINAL_INSPECTION, RepairOrderTrigger.PASS_CHECK,
        RepairOrderTrigger.EXPLAIN_SETTLEMENT, RepairOrderTrigger.EXPLAIN_SETTLEMENT, RepairOrderTrigger.SETTLE,
        RepairOrderTrigger.DELIVER, RepairOrderTrigger.PASS_GATE};

    /** A clock the benchmark moves a day per order. */
    static final class DayClock extends Clock {
        Instant now = Instant.parse("2026-12-01T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One labour operation, half an hour. */
    static final class Guide implements LabourTimes {
        @Override
        public String id() {
            return "bench-guide";
        }

        @Override
        public Optional<LabourTime> find(String operation, String model) {
            return Optional.of(new LabourTime(operation, new BigDecimal("0.5"), "engine"));
        }
    }

    /** The desk, its storage and a delivered order as the engine's context. */
    @State(Scope.Thread)
    public static class Desk {
        DayClock clock;
        ServiceDesk desk;
        RepairOrder delivered;
        Map<String, RepairOrderStatus> states;
        int vehicle;

        String team = "team";
        StaffId tech = TECH;

        /** Builds the desk and walks one order, whose final snapshot satisfies every guard. */
        @Setup(Level.Trial)
        public void build() {
            clock = new DayClock();
            open(Storage.builder().discovery(false).clock(clock).build(), "team");
            delivered = desk.order(walk(this)).orElseThrow().value();
            states = new HashMap<>();
        }

        /**
         * Builds the desk over a storage, with a team of its own.
         *
         * @param storage the storage
         * @param teamName the team's name, so that desks sharing a storage book apart
         */
        void open(Storage storage, String teamName) {
            team = teamName;
            tech = "team".equals(teamName) ? TECH : StaffId.of(teamName + "-tech");
            StaffDirectory staff = StaffDirectory.of(
                    List.of(new Department(SERVICE, DepartmentKind.SERVICE, "Service", LEAD)),
                    List.of(new StaffMember(ADVISOR, "Advisor", SERVICE, Set.of(Role.SERVICE_ADVISOR), null),
                            new StaffMember(tech, "Tech", SERVICE, Set.of(Role.TECHNICIAN), null),
                            new StaffMember(LEAD, "Lead", SERVICE, Set.of(Role.TEAM_LEADER, Role.MANAGER), null),
                            new StaffMember(QC, "QC", SERVICE, Set.of(Role.FINAL_INSPECTOR), null),
                            new StaffMember(CASHIER, "Cashier", SERVICE, Set.of(Role.CASHIER), null),
                            new StaffMember(GUARD, "Guard", SERVICE, Set.of(Role.SECURITY_GUARD), null)));
            desk = ServiceDesk.builder().storage(storage)
                    .clock(clock).staff(staff).labourTimes(new Guide())
                    .team(new Team(teamName, LEAD, List.of(tech), Set.of("engine"), new BigDecimal("100000")))
                    .build();
        }
    }

    /**
     * A whole order through the desk.
     *
     * @param d the desk
     * @return the order's id
     */
    @Benchmark
    public RepairOrderId wholeOrder(Desk d) {
        return walk(d);
    }

    static RepairOrderId walk(Desk d) {
        ServiceDesk desk = d.desk;
        d.clock.now = d.clock.now.plus(Duration.ofDays(1));
        Instant arrival = d.clock.now.plus(Duration.ofHours(2));
        Commands.CustomerDetails customer = new Commands.CustomerDetails(CustomerId.of("c-1"), "Zhang San",
                "13812345678", false, null);
        LicencePlate plate = LicencePlate.parse("京A12345");
        String ap = desk.book(new Commands.BookAppointment(customer, plate, "Sedan", List.of("Oil change"), List.of(),
                Money.ofYuan("100.00"), BigDecimal.ONE, arrival.minus(Duration.ofMinutes(40)), arrival, d.team, ADVISOR,
                ADVISOR)).get(0).subject();
        org.aftersales.core.id.AppointmentId appointment = org.aftersales.core.id.AppointmentId.of(ap);
        desk.confirm(new Commands.ConfirmAppointment(appointment, ADVISOR));
        RepairOrderId ro = RepairOrderId.of(desk.checkIn(new Commands.CheckIn(appointment, customer,
                VehicleId.of(d.team + "-v-" + d.vehicle++), plate, "Sedan", null, 10_000, ADVISOR, List.of("Oil change"), true, null,
                false, ADVISOR)).get(1).subject());
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of(), true, List.of(), true, ADVISOR));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, ADVISOR));
        desk.diagnose(new Commands.Diagnose(ro, Map.of(0, "due"), false, null, ADVISOR));
        desk.estimate(new Commands.Estimate(ro, List.of(new Commands.Line("L1", EstimateLine.Kind.LABOUR, "oil change",
                "OIL", null, null, Money.ofYuan("120.00"), Payer.CUSTOMER, 0)), arrival.plus(Duration.ofHours(4)),
                "cash", "Zhang San", null, ADVISOR));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "ok", ADVISOR));
        desk.dispatch(new Commands.Dispatch(ro, d.team, ADVISOR));
        desk.clockOn(new Commands.ClockOn(ro, d.tech, "L1", d.tech));
        desk.clockOff(new Commands.ClockOff(ro, d.tech, d.tech));
        desk.recordResult(new Commands.RecordResult(ro, 0, null, "changed", org.aftersales.serviceflow.Request.Result.FIXED,
                d.tech));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "ok", d.tech));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, d.tech));
        desk.finishRepair(new Commands.FinishRepair(ro, d.tech));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, LEAD));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null, null, QC));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, ADVISOR));
        desk.explainSettlement(new Commands.ExplainSettlement(ro, ADVISOR));
        desk.signSettlement(new Commands.SignSettlement(ro, ADVISOR));
        desk.takePayment(new Commands.TakePayment(ro, Money.ofYuan("67.80"), CASHIER));
        desk.deliver(new Commands.Deliver(ro, true, true, true, true, ADVISOR));
        desk.passGate(new Commands.PassGate(ro, desk.order(ro).orElseThrow().value().exitPass(), GUARD));
        return ro;
    }

    /**
     * The floor: the same transitions on the bare engine, the state put in a map after each.
     *
     * @param d the state holding a delivered order as context
     * @return the last state
     */
    @Benchmark
    public RepairOrderStatus floor(Desk d) {
        RepairOrderStatus s = RepairOrderStatus.BOOKED;
        String key = "order-" + (d.vehicle++ & 1023);
        d.states.put(key, s);
        for (RepairOrderTrigger t : TRIGGERS) {
            s = RepairOrderLifecycle.DEFINITION.fireOrThrow(s, t, d.delivered).to();
            d.states.put(key, s);
        }
        if (s != RepairOrderStatus.DELIVERED) {
            throw new IllegalStateException("the floor walk ended in " + s);
        }
        return s;
    }
}
