package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.aftersales.core.error.AftersalesException;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.statemachine.Transition;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property (F1, F11, F18, F19): random command sequences, half of them the natural next step and
 * half anything at all, never move an order along an edge the definition lacks, never change an
 * order when a single command is refused (a natural step may be several commands), and a settlement always equals the approved customer-paid lines, less the
 * discount, plus VAT rounded to the fen.
 */
class RandomCommandsPropertyTest {

    static final Set<String> EDGES = new HashSet<>();
    static final Set<RepairOrderStatus> VISITED = EnumSet.noneOf(RepairOrderStatus.class);

    @BeforeAll
    static void edges() {
        for (Transition<RepairOrderStatus, RepairOrderTrigger> t : RepairOrderLifecycle.DEFINITION.transitions()) {
            EDGES.add(t.from() + ">" + t.to());
        }
    }

    static List<Long> seeds() {
        List<Long> out = new ArrayList<>();
        for (long s = 1; s <= 100; s++) {
            out.add(s * 7919);
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void F1_F19_randomCommandsKeepTheDefinitionAndTheMoney(long seed) {
        Random r = new Random(seed);
        World w = new World();
        current = w;
        RepairOrderId ro = RepairOrderId.of(w.desk.checkIn(walkIn(zhang(), "v-" + seed, 1_000, "Oil change", "Noise"))
                .get(0).subject());
        VISITED.add(RepairOrderStatus.CHECKED_IN);
        for (int step = 0; step < 90; step++) {
            RepairOrder before = w.order(ro);
            long version = w.version(ro);
            long log = w.logSize();
            boolean single = r.nextInt(10) >= 6;
            Function<RepairOrder, Runnable> pick = single ? any(r) : natural(before.status(), r);
            boolean ok;
            try {
                pick.apply(before).run();
                ok = true;
            } catch (AftersalesException refused) {
                ok = false;
            }
            RepairOrder after = w.order(ro);
            if (!ok && single) {
                assertThat(after).as("a refused command changes nothing (seed %d step %d)", seed, step).isEqualTo(before);
                assertThat(w.version(ro)).isEqualTo(version);
            }
            // every status the order passed through, event by event, is a move of the definition
            RepairOrderStatus at = before.status();
            for (var stored : w.storage.events().since(log, Integer.MAX_VALUE)) {
                if (stored.event() instanceof ServiceEvent e && e.subject().equals(ro.value())) {
                    if (e.status() != at) {
                        assertThat(EDGES).as("seed %d step %d", seed, step).contains(at + ">" + e.status());
                    }
                    at = e.status();
                }
            }
            assertThat(at).isEqualTo(after.status());
            VISITED.add(after.status());
            checkMoney(after, w.desk.vatRate());
            w.clock.advance(Duration.ofMinutes(7));
        }
    }

    @AfterAll
    static void theWalksGoDeep() {
        assertThat(VISITED).contains(RepairOrderStatus.READY_FOR_PICKUP, RepairOrderStatus.SETTLED,
                RepairOrderStatus.DELIVERED, RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL, RepairOrderStatus.CANCELLED);
    }

    static void checkMoney(RepairOrder o, BigDecimal vatRate) {
        Settlement s = o.settlement();
        if (s == null) {
            return;
        }
        assertThat(s.lines()).isEqualTo(o.approvedLines());
        BigDecimal customer = BigDecimal.ZERO;
        for (EstimateLine l : o.approvedLines()) {
            if (l.payer() == Payer.CUSTOMER) {
                customer = customer.add(l.unitPrice().amount().multiply(l.quantity()).setScale(2, RoundingMode.HALF_UP));
            }
        }
        BigDecimal net = customer.subtract(s.discount().amount());
        BigDecimal vat = net.multiply(vatRate).setScale(2, RoundingMode.HALF_UP);
        assertThat(s.total()).isEqualTo(Money.ofYuan(net.add(vat)));
        assertThat(s.vat()).isEqualTo(Money.ofYuan(vat));
    }

    static final List<String> KEYS = List.of("A", "B", "C");
    static final List<String> OPS = List.of("OIL-CHANGE", "BRAKE-PADS", "DIAG");
    static final List<StaffId> TECHS = List.of(TECH1, TECH2);

    static List<Commands.Line> lines(Random r) {
        List<Commands.Line> out = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            Payer payer = Payer.values()[r.nextInt(Payer.values().length)];
            if (i == 0 || r.nextBoolean()) {
                out.add(labour(KEYS.get(i), OPS.get(r.nextInt(OPS.size())), payer, r.nextInt(2)));
            } else {
                out.add(part(KEYS.get(i), FILTER, String.valueOf(1 + r.nextInt(2)), "3" + r.nextInt(10) + ".3" + r.nextInt(10), 0));
            }
        }
        return out;
    }

    /** The step an advisor would usually take next. */
    Function<RepairOrder, Runnable> natural(RepairOrderStatus status, Random r) {
        return o -> {
            ServiceDesk d = worldOf(o);
            RepairOrderId id = o.id();
            return switch (status) {
                case CHECKED_IN -> () -> {
                    d.recordWalkAround(new Commands.RecordWalkAround(id, List.of(), true, List.of(), true, WANG));
                    d.confirmConcerns(new Commands.ConfirmConcerns(id, WANG));
                    d.agreeWash(new Commands.AgreeWash(id, r.nextBoolean(), 15, WANG));
                    d.diagnose(new Commands.Diagnose(id, Map.of(0, "worn"), false, null, WANG));
                };
                case DIAGNOSED -> () -> d.estimate(new Commands.Estimate(id, lines(r), at("2026-12-02T17:00:00"), "cash",
                        "Z", null, WANG));
                case ESTIMATED, AWAITING_ADDITIONAL_APPROVAL -> () -> d.approve(new Commands.ApproveRevision(id,
                        o.revisions().size(), r.nextInt(4) == 0 ? Set.of("B") : Set.of(), "ok", WANG));
                case APPROVED -> () -> d.dispatch(new Commands.Dispatch(id, TEAM_A.name(), WANG));
                case DISPATCHED -> () -> d.clockOn(new Commands.ClockOn(id, TECHS.get(r.nextInt(2)),
                        o.approvedLines().isEmpty() ? "A" : o.approvedLines().get(0).key(), TECH1));
                case IN_REPAIR -> () -> {
                    for (RepairOrder.ClockEntry c : o.openClocks()) {
                        d.clockOff(new Commands.ClockOff(id, c.technician(), c.technician()));
                    }
                    for (int i = 0; i < o.requests().size(); i++) {
                        d.recordResult(new Commands.RecordResult(id, i, "cause", "fixed", Request.Result.FIXED, TECH1));
                    }
                    d.fillGuaranteeCard(new Commands.FillGuaranteeCard(id, "ok", TECH1));
                    d.recordCheck(new Commands.RecordCheck(id, QualityCheck.Level.SELF, true, null, null, TECH1));
                    d.finishRepair(new Commands.FinishRepair(id, TECH1));
                };
                case QUALITY_CHECK -> () -> {
                    d.recordCheck(new Commands.RecordCheck(id, QualityCheck.Level.TEAM_LEADER, true, null, null, LEAD));
                    d.recordCheck(new Commands.RecordCheck(id, QualityCheck.Level.FINAL, r.nextInt(5) > 0, "R1", "rep", QC));
                };
                case WASHING -> () -> d.finishWashing(new Commands.FinishWashing(id, RepairOrder.WASH_CHECKLIST, true, WASHER));
                case READY_FOR_PICKUP -> () -> {
                    d.recordCheck(new Commands.RecordCheck(id, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
                    d.explainSettlement(new Commands.ExplainSettlement(id, WANG));
                    d.signSettlement(new Commands.SignSettlement(id, WANG));
                    d.takePayment(new Commands.TakePayment(id, d.order(id).orElseThrow().value().settlement().total(),
                            CASHIER));
                };
                case SETTLED -> () -> d.deliver(new Commands.Deliver(id, true, true, true, true, WANG));
                case DELIVERED -> () -> {
                    d.passGate(new Commands.PassGate(id, o.exitPass(), GUARD));
                    d.followUp(new Commands.FollowUp(id, true, 4, "fine", List.of(), null, WANG));
                };
                case FOLLOWED_UP -> () -> d.close(new Commands.Close(id, WANG));
                default -> () -> d.cancel(new Commands.CancelOrder(id, "done", WANG));
            };
        };
    }

    /** Anything at all, in any state. */
    Function<RepairOrder, Runnable> any(Random r) {
        return o -> {
            ServiceDesk d = worldOf(o);
            RepairOrderId id = o.id();
            List<Runnable> all = List.of(
                    () -> d.recordWalkAround(new Commands.RecordWalkAround(id, List.of("dent"), r.nextBoolean(), List.of(),
                            r.nextBoolean(), WANG)),
                    () -> d.recordInspection(new Commands.RecordInspection(id, List.of(new InspectionItem("tyres",
                            InspectionItem.Outcome.values()[r.nextInt(5)], r.nextBoolean() ? WANG : null, null)), WANG)),
                    () -> d.confirmConcerns(new Commands.ConfirmConcerns(id, WANG)),
                    () -> d.estimate(new Commands.Estimate(id, lines(r), at("2026-12-02T17:00:00"), "cash", "Z", null, WANG)),
                    () -> d.revise(new Commands.ReviseEstimate(id, lines(r), "change", WANG)),
                    () -> d.approve(new Commands.ApproveRevision(id, Math.max(1, o.revisions().size() - r.nextInt(2)),
                            r.nextBoolean() ? Set.of("A") : Set.of(), "ok", WANG)),
                    () -> d.decline(new Commands.DeclineRevision(id, Math.max(1, o.revisions().size()), "too dear", WANG)),
                    () -> d.dispatch(new Commands.Dispatch(id, TEAM_A.name(), WANG)),
                    () -> d.clockOn(new Commands.ClockOn(id, TECHS.get(r.nextInt(2)), KEYS.get(r.nextInt(3)), TECH1)),
                    () -> d.clockOff(new Commands.ClockOff(id, TECHS.get(r.nextInt(2)), TECH1)),
                    () -> d.findAdditionalWork(new Commands.FindAdditionalWork(id, lines(r), "found", TECH1)),
                    () -> d.reportDelay(new Commands.ReportDelay(id, at("2026-12-03T11:00:00"), "parts late", WANG)),
                    () -> d.recordResult(new Commands.RecordResult(id, r.nextInt(2), r.nextBoolean() ? "cause" : null,
                            r.nextBoolean() ? "fix" : null, Request.Result.values()[r.nextInt(4)], TECH1)),
                    () -> d.recordCheck(new Commands.RecordCheck(id, QualityCheck.Level.values()[r.nextInt(4)],
                            r.nextBoolean(), "R", "report", QC)),
                    () -> d.finishRepair(new Commands.FinishRepair(id, TECH1)),
                    () -> d.finishWashing(new Commands.FinishWashing(id, r.nextBoolean() ? RepairOrder.WASH_CHECKLIST
                            : Set.of("cab"), r.nextBoolean(), WASHER)),
                    () -> d.sendPickupNotice(new Commands.SendPickupNotice(id, at("2026-12-02T15:00:00"), WANG)),
                    () -> d.applyDiscount(new Commands.ApplyDiscount(id, Money.ofYuan("0.0" + r.nextInt(10)), MANAGER, WANG)),
                    () -> d.explainSettlement(new Commands.ExplainSettlement(id, WANG)),
                    () -> d.signSettlement(new Commands.SignSettlement(id, WANG)),
                    () -> d.takePayment(new Commands.TakePayment(id, Money.ofYuan(r.nextInt(500) + ".00"), CASHIER)),
                    () -> d.deliver(new Commands.Deliver(id, r.nextBoolean(), true, true, true, WANG)),
                    () -> d.passGate(new Commands.PassGate(id, r.nextBoolean() && o.exitPass() != null ? o.exitPass()
                            : "EP-0", GUARD)),
                    () -> d.followUp(new Commands.FollowUp(id, r.nextBoolean(), r.nextInt(6), "so-so", List.of(), r.nextBoolean()
                            ? new Commands.ReturnVisit(Commands.ReturnVisit.Kind.REWORK, at("2026-12-07T10:00:00"),
                                    TEAM_A.name(), BigDecimal.ONE) : null, WANG)),
                    () -> d.close(new Commands.Close(id, WANG)),
                    () -> d.cancel(new Commands.CancelOrder(id, "customer left", WANG)));
            return all.get(r.nextInt(all.size()));
        };
    }

    private World current;

    private ServiceDesk worldOf(RepairOrder o) {
        return current.desk;
    }
}
