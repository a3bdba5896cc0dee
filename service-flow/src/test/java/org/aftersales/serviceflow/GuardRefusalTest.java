package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.IllegalTransitionException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every guard's refusal, through the desk where a command can reach it: the engine names the
 * state, the trigger and the refusing guard in English and Chinese, and nothing is stored.
 */
class GuardRefusalTest {

    final World w = new World();
    final ServiceDesk desk = w.desk;

    /** Runs a command that must be refused by a guard (or by the lack of a move) and checks nothing was stored. */
    IllegalTransitionException refused(RepairOrderId ro, Runnable command) {
        RepairOrder before = w.order(ro);
        long version = w.version(ro);
        long log = w.logSize();
        IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, command::run);
        assertThat(e).as("refusal").isNotNull();
        assertThat(e.state()).isEqualTo(before.status());
        assertThat(e.text().en()).isNotBlank();
        assertThat(e.text().zh()).isNotBlank();
        assertThat(w.version(ro)).isEqualTo(version);
        assertThat(w.order(ro)).isEqualTo(before);
        assertThat(w.logSize()).isEqualTo(log);
        return e;
    }

    static List<String> guards(IllegalTransitionException e) {
        return e.refusingGuards().stream().map(IllegalTransitionException.RefusingGuard::guard).toList();
    }

    RepairOrderId ready() {
        RepairOrderId ro = Walk.newWalkIn(desk);
        Walk.toReady(desk, ro, Walk.oilChange());
        return ro;
    }

    @Nested
    class TheIssuesExamples {

        @Test
        void F19_settlementWithAnUnapprovedLineIsRefused() {
            RepairOrderId ro = ready();
            desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
            desk.revise(new Commands.ReviseEstimate(ro, List.of(labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0),
                    labour("L2", "DIAG", Payer.CUSTOMER, 0)), "customer asks for a check too", WANG));
            IllegalTransitionException e = refused(ro,
                    () -> desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG)));
            assertThat(guards(e)).containsExactly(RepairOrderLifecycle.ONLY_APPROVED);
            assertThat(e.refusingGuards().get(0).code()).isEqualTo("repair-order.only-approved-charges");
            assertThat(guards(refused(ro, () -> desk.takePayment(new Commands.TakePayment(ro,
                    w.order(ro).settlement().total(), CASHIER))))).contains(RepairOrderLifecycle.ONLY_APPROVED);
            // the sheet still holds only the approved line
            assertThat(w.order(ro).settlement().lines()).extracting(EstimateLine::key).containsExactly("L1");
        }

        @Test
        void F9_washBeforeFinalInspectionIsRefused() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            desk.agreeWash(new Commands.AgreeWash(ro, true, 15, WANG));
            Walk.toQualityCheck(desk, ro, Walk.oilChange());
            IllegalTransitionException e = refused(ro, () -> desk.finishWashing(
                    new Commands.FinishWashing(ro, RepairOrder.WASH_CHECKLIST, true, WASHER)));
            assertThat(e.event()).isEqualTo(RepairOrderTrigger.FINISH_WASHING);
            assertThat(e.refusingGuards()).isEmpty();
            assertThat(e.allowedEvents()).contains(RepairOrderTrigger.FAIL_QUALITY_CHECK)
                    .doesNotContain(RepairOrderTrigger.FINISH_WASHING);
        }

        @Test
        void F12_deliveryBeforePaymentIsRefused() {
            RepairOrderId ro = ready();
            IllegalTransitionException e = refused(ro,
                    () -> desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG)));
            assertThat(e.state()).isEqualTo(RepairOrderStatus.READY_FOR_PICKUP);
            assertThat(e.allowedEvents()).doesNotContain(RepairOrderTrigger.DELIVER);
        }

        @Test
        void F11_gateWithoutAValidPassIsRefused() {
            RepairOrderId ro = ready();
            assertThat(refused(ro, () -> desk.passGate(new Commands.PassGate(ro, "EP-2026-000001", GUARD))).state())
                    .isEqualTo(RepairOrderStatus.READY_FOR_PICKUP);
            Walk.settle(desk, ro, w.order(ro).settlement().total());
            desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG));
            assertThat(guards(refused(ro, () -> desk.passGate(new Commands.PassGate(ro, "EP-2026-999999", GUARD)))))
                    .containsExactly(RepairOrderLifecycle.EXIT_PASS);
            String pass = w.order(ro).exitPass();
            desk.passGate(new Commands.PassGate(ro, pass, GUARD));
            assertThat(guards(refused(ro, () -> desk.passGate(new Commands.PassGate(ro, pass, GUARD)))))
                    .as("a pass is used once").containsExactly(RepairOrderLifecycle.EXIT_PASS);
        }

        @Test
        void F3_mileageBelowTheLastReadingIsRefused() {
            desk.checkIn(walkIn(zhang(), "v-5", 50_000, "Noise"));
            long log = w.logSize();
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                    () -> desk.checkIn(walkIn(zhang(), "v-5", 49_000, "Noise again")));
            assertThat(guards(e)).containsExactly(RepairOrderLifecycle.MILEAGE);
            assertThat(e.text().zh()).contains("里程");
            assertThat(w.logSize()).isEqualTo(log);
            assertThat(w.storage.repository(ServiceDesk.ARCHIVES).get(VehicleId.of("v-5")).value().lastMileage().km())
                    .isEqualTo(50_000);
            assertThat(w.storage.repository(ServiceDesk.ORDERS).find(RepairOrderId.of("RO-2026-000002"))).isEmpty();
            // the number was not burned
            assertThat(desk.checkIn(walkIn(zhang(), "v-5", 50_100, "Noise again")).get(0).subject())
                    .isEqualTo("RO-2026-000002");
        }

        @Test
        void F3_mileageBelowTheLastReadingIsRefusedForAnAppointmentToo() {
            desk.checkIn(checkIn(null, 60_000));
            AppointmentId ap = AppointmentId.of(desk.book(booking("2026-12-02T10:00:00", "1")).get(0).subject());
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                    () -> desk.checkIn(checkIn(ap, 59_999)));
            assertThat(e.state()).isEqualTo(RepairOrderStatus.BOOKED);
            assertThat(guards(e)).containsExactly(RepairOrderLifecycle.MILEAGE);
            assertThat(desk.appointment(ap).orElseThrow().value().status()).isEqualTo(RepairOrderStatus.BOOKED);
        }

        @Test
        void F3_anUncheckedInspectionItemShownAsPassedIsRefused() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            IllegalTransitionException e = refused(ro, () -> desk.recordInspection(new Commands.RecordInspection(ro,
                    List.of(new InspectionItem("lights", InspectionItem.Outcome.PASS, null, null)), WANG)));
            assertThat(guards(e)).containsExactly(RepairOrderLifecycle.INSPECTION_HONEST);
            InspectionItem unchecked = new InspectionItem("wipers", InspectionItem.Outcome.NOT_CHECKED, null, null);
            assertThat(unchecked.shown()).isEqualTo(InspectionItem.Outcome.NOT_CHECKED);
            assertThat(new InspectionItem("x", InspectionItem.Outcome.PASS, null, null).shown())
                    .isEqualTo(InspectionItem.Outcome.NOT_CHECKED);
        }
    }

    @Nested
    class ReceptionAndDiagnosis {

        @Test
        void F3_diagnosisNeedsConfirmedConcernsAndASignedWalkAround() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of(), true, List.of(), false, WANG));
            IllegalTransitionException e = refused(ro, () -> desk.diagnose(new Commands.Diagnose(ro,
                    java.util.Map.of(), false, null, WANG)));
            assertThat(guards(e)).containsExactlyInAnyOrder(RepairOrderLifecycle.CONCERNS_CONFIRMED,
                    RepairOrderLifecycle.WALK_AROUND);
        }

        @Test
        void F20_aRequestWithoutACauseIsNeverReportedFixed() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            Walk.toInRepair(desk, ro, Walk.oilChange());
            RepairOrderId other = ro;
            // the diagnosis found "due" for request 0; a fix without a correction is refused too
            desk.recordResult(new Commands.RecordResult(other, 0, null, null, Request.Result.UNRESOLVED, TECH1));
            RepairOrderId second = RepairOrderId.of(desk.checkIn(walkIn(zhang(), "v-7", 1, "Rattle")).get(0).subject());
            assertThat(guards(refused(second, () -> desk.recordResult(new Commands.RecordResult(second, 0, null,
                    "tightened", Request.Result.FIXED, TECH1))))).containsExactly(RepairOrderLifecycle.NO_FIX_WITHOUT_CAUSE);
            assertThat(w.order(ro).requests().get(0).result()).isEqualTo(Request.Result.UNRESOLVED);
        }
    }

    @Nested
    class RepairAndQuality {

        @Test
        void F17_F8_finishingNeedsClocksClosedAndTheSelfCheck() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            Walk.toInRepair(desk, ro, Walk.oilChange());
            assertThat(guards(refused(ro, () -> desk.finishRepair(new Commands.FinishRepair(ro, TECH1)))))
                    .containsExactlyInAnyOrder(RepairOrderLifecycle.NO_OPEN_CLOCK, RepairOrderLifecycle.SELF_CHECK);
            desk.clockOff(new Commands.ClockOff(ro, TECH1, TECH1));
            assertThat(guards(refused(ro, () -> desk.finishRepair(new Commands.FinishRepair(ro, TECH1)))))
                    .containsExactly(RepairOrderLifecycle.SELF_CHECK);
        }

        @Test
        void F8_finalInspectionNeedsTheTeamLeadersCheck() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            Walk.toInRepair(desk, ro, Walk.oilChange());
            desk.clockOff(new Commands.ClockOff(ro, TECH1, TECH1));
            desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "ok", TECH1));
            desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, TECH1));
            desk.finishRepair(new Commands.FinishRepair(ro, TECH1));
            assertThat(guards(refused(ro, () -> desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL,
                    true, null, null, QC))))).contains(RepairOrderLifecycle.TEAM_CHECK)
                    .doesNotContain(RepairOrderLifecycle.FINAL_CHECK);
        }

        @Test
        void F9_theWashNeedsItsWholeChecklistAndTheCarFacingTheExit() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            desk.agreeWash(new Commands.AgreeWash(ro, true, 15, WANG));
            Walk.toReady(desk, ro, Walk.oilChange());
            assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.WASHING);
            assertThat(guards(refused(ro, () -> desk.finishWashing(new Commands.FinishWashing(ro,
                    Set.of("paint", "cab"), true, WASHER))))).containsExactly(RepairOrderLifecycle.WASH_DONE);
            assertThat(guards(refused(ro, () -> desk.finishWashing(new Commands.FinishWashing(ro,
                    RepairOrder.WASH_CHECKLIST, false, WASHER))))).containsExactly(RepairOrderLifecycle.WASH_DONE);
        }

        @Test
        void F6_dispatchWithPartsThatCannotBeReservedIsRefused() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            Walk.toApproved(desk, ro, List.of(labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0),
                    part("P1", FILTER, "50", "45.50", 0)));
            assertThat(guards(refused(ro, () -> desk.dispatch(new Commands.Dispatch(ro, TEAM_A.name(), WANG)))))
                    .containsExactly(RepairOrderLifecycle.PARTS);
            assertThat(desk.workload(TEAM_A.name(), LocalDate.of(2026, 12, 1)).total()).isEqualByComparingTo("0");
        }

        @Test
        void F6_dispatchToATeamWithoutTheSkillsIsRefused() {
            RepairOrderId ro = Walk.newWalkIn(desk);
            Walk.toApproved(desk, ro, Walk.oilChange());
            BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                    () -> desk.dispatch(new Commands.Dispatch(ro, BODY.name(), WANG)));
            assertThat(e.rule()).isEqualTo("dispatch.skills");
            assertThat(e.text().en()).contains("engine");
            assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.APPROVED);
        }

        @Test
        void F17_aTechnicianHasOneOpenClock() {
            RepairOrderId first = Walk.newWalkIn(desk);
            Walk.toInRepair(desk, first, Walk.oilChange());
            RepairOrderId second = RepairOrderId.of(desk.checkIn(walkIn(zhang(), "v-8", 1, "Oil change")).get(0).subject());
            Walk.toApproved(desk, second, Walk.oilChange());
            desk.dispatch(new Commands.Dispatch(second, TEAM_A.name(), WANG));
            long version = w.version(second);
            BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                    () -> desk.clockOn(new Commands.ClockOn(second, TECH1, "L1", TECH1)));
            assertThat(e.rule()).isEqualTo("technician.clock-open");
            assertThat(e.text().en()).contains(first.value());
            assertThat(w.version(second)).isEqualTo(version);
            desk.clockOff(new Commands.ClockOff(first, TECH1, TECH1));
            desk.clockOn(new Commands.ClockOn(second, TECH1, "L1", TECH1));
            assertThat(desk.technician(TECH1).openOrder()).isEqualTo(second);
        }
    }

    @Nested
    class SettlementAndDelivery {

        @Test
        void F11_settlementStepsInOrder() {
            RepairOrderId ro = ready();
            assertThat(guards(refused(ro, () -> desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG)))))
                    .containsExactly(RepairOrderLifecycle.PRE_DELIVERY);
            desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
            assertThat(guards(refused(ro, () -> desk.signSettlement(new Commands.SignSettlement(ro, WANG)))))
                    .containsExactly(RepairOrderLifecycle.EXPLAINED);
            Money total = w.order(ro).settlement().total();
            assertThat(guards(refused(ro, () -> desk.takePayment(new Commands.TakePayment(ro, total, CASHIER)))))
                    .containsExactly(RepairOrderLifecycle.EXPLAINED, RepairOrderLifecycle.SETTLEMENT_SIGNED);
            desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG));
            desk.signSettlement(new Commands.SignSettlement(ro, WANG));
            assertThat(guards(refused(ro, () -> desk.takePayment(new Commands.TakePayment(ro,
                    total.minus(Money.ofYuan("0.01")), CASHIER))))).containsExactly(RepairOrderLifecycle.PAID);
            desk.takePayment(new Commands.TakePayment(ro, total, CASHIER));
            assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.SETTLED);
        }

        @Test
        void F20_everyRequestNeedsAResultBeforeTheSettlementIsExplained() {
            RepairOrderId ro = RepairOrderId.of(desk.checkIn(walkIn(zhang(), "v-6", 1, "Oil change", "Rattle"))
                    .get(0).subject());
            Walk.toReady(desk, ro, Walk.oilChange());
            desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
            assertThat(guards(refused(ro, () -> desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG)))))
                    .containsExactly(RepairOrderLifecycle.RESULTS);
            desk.recordResult(new Commands.RecordResult(ro, 1, null, null, Request.Result.UNRESOLVED, WANG));
            desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG));
        }

        @Test
        void F11_onlyTheReceivingAdvisorOrTheirBackupExplains() {
            RepairOrderId ro = ready();
            desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
            BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                    () -> desk.explainSettlement(new Commands.ExplainSettlement(ro, LI)));
            assertThat(e.rule()).isEqualTo("settlement.not-receiving-advisor");
        }

        @Test
        void F12_theHandOverMustBeComplete() {
            RepairOrderId ro = ready();
            Walk.settle(desk, ro, w.order(ro).settlement().total());
            assertThat(guards(refused(ro, () -> desk.deliver(new Commands.Deliver(ro, true, false, true, true, WANG)))))
                    .containsExactly(RepairOrderLifecycle.HANDED_OVER);
        }

        @Test
        void F18_aDiscountNeedsAManagerAsApprover() {
            RepairOrderId ro = ready();
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> desk.applyDiscount(new Commands.ApplyDiscount(ro, Money.ofYuan("5.00"), LI, WANG)));
            assertThat(e.violations()).extracting(v -> v.path() + ":" + v.code())
                    .containsExactly("approver:discount.approver");
            assertThatThrownBy(() -> desk.applyDiscount(new Commands.ApplyDiscount(ro, Money.ofYuan("500.00"),
                    MANAGER, WANG))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("500.00");
        }

        @Test
        void F10_aPickUpInTheRushHourIsRefused() {
            RepairOrderId ro = ready();
            assertThatThrownBy(() -> desk.sendPickupNotice(new Commands.SendPickupNotice(ro,
                    at("2026-12-01T17:30:00"), WANG))).isInstanceOf(BusinessRuleException.class)
                    .extracting(t -> ((BusinessRuleException) t).rule()).isEqualTo("pickup.rush-hour");
        }
    }

    @Nested
    class AppointmentsAndCapacity {

        @Test
        void F2_aFullDayIsRefusedWithTheNearestFreeDays() {
            // 16 h a day, 20% kept free: 12.8 h can be booked
            desk.book(booking("2026-12-01T10:00:00", "8"));
            desk.book(booking("2026-12-02T10:00:00", "10"));
            BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class,
                    () -> desk.book(booking("2026-12-01T15:00:00", "6")));
            assertThat(e.rule()).isEqualTo("appointment.day-full");
            assertThat(e.detail(FreeDays.class)).map(FreeDays::days).contains(List.of(LocalDate.of(2026, 12, 3),
                    LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 5)));
            assertThat(e.text().zh()).contains("2026-12-03");
            assertThat(desk.workload(TEAM_A.name(), LocalDate.of(2026, 12, 1)).total()).isEqualByComparingTo("8");
        }

        @Test
        void F2_C13_aCustomerWhoDoesNotComeIsANoShowAfterTheWait() {
            AppointmentId ap = AppointmentId.of(desk.book(booking("2026-12-01T10:00:00", "2")).get(0).subject());
            w.clock.now = at("2026-12-01T10:31:00");
            List<DeadlineEvent> due = w.deadlines.due(w.clock.instant());
            List<ServiceEvent> events = desk.handleDue(due);
            assertThat(events).extracting(ServiceEvent::type).containsExactly(ServiceEvents.NO_SHOW);
            assertThat(desk.appointment(ap).orElseThrow().value().status()).isEqualTo(RepairOrderStatus.NO_SHOW);
            assertThat(w.supply.held).doesNotContainKey(ap.value());
            assertThat(desk.workload(TEAM_A.name(), LocalDate.of(2026, 12, 1)).total()).isEqualByComparingTo("0");
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                    () -> desk.checkIn(checkIn(ap, 1)));
            assertThat(e.state()).isEqualTo(RepairOrderStatus.NO_SHOW);
        }

        @Test
        void F2_F5_aLostQuoteReleasesThePartsItsAppointmentHeld() {
            AppointmentId ap = AppointmentId.of(desk.book(booking("2026-12-01T10:00:00", "2")).get(0).subject());
            assertThat(w.supply.held).containsKey(ap.value());
            w.clock.now = at("2026-12-01T10:00:00");
            RepairOrderId ro = RepairOrderId.of(desk.checkIn(checkIn(ap, 1)).get(1).subject());
            Walk.toDiagnosed(desk, ro);
            desk.estimate(new Commands.Estimate(ro, Walk.oilChange(), at("2026-12-01T17:00:00"), "cash", "Z", null, WANG));
            desk.decline(new Commands.DeclineRevision(ro, 1, "too dear", WANG));
            assertThat(w.supply.held).doesNotContainKey(ap.value());
        }

        @Test
        void F1_cancellationWhereItMakesSenseOnly() {
            AppointmentId ap = AppointmentId.of(desk.book(booking("2026-12-01T10:00:00", "2")).get(0).subject());
            desk.cancel(new Commands.CancelAppointment(ap, "customer travels", WANG));
            assertThat(desk.workload(TEAM_A.name(), LocalDate.of(2026, 12, 1)).booked()).isEmpty();
            RepairOrderId ro = Walk.newWalkIn(desk);
            Walk.toInRepair(desk, ro, Walk.oilChange());
            assertThat(refused(ro, () -> desk.cancel(new Commands.CancelOrder(ro, "changed mind", WANG))).allowedEvents())
                    .doesNotContain(RepairOrderTrigger.CANCEL);
        }

        @Test
        void F3_theBackupAdvisorOwnsTheOrderWhenTheAdvisorIsAbsent() {
            World away = new World(b -> b.absence(WANG::equals));
            List<ServiceEvent> in = away.desk.checkIn(walkIn(zhang(), "v-4", 1, "Oil change"));
            assertThat(away.order(RepairOrderId.of(in.get(0).subject())).advisor()).isEqualTo(LI);
        }

        @Test
        void F3_aReturningCarsArchiveGapsAreListed() {
            desk.checkIn(walkIn(zhang(), "v-3", 100, "Oil change"));
            List<ServiceEvent> again = desk.checkIn(walkIn(zhang(), "v-3", 200, "Noise"));
            assertThat(again).extracting(ServiceEvent::type).containsExactly(ServiceEvents.CHECKED_IN,
                    ServiceEvents.ARCHIVE_GAPS);
            assertThat(again.get(1).details()).containsEntry("gaps", "vin");
        }
    }

    @Nested
    class OnTheEngine {

        RepairOrder estimated(boolean approved, boolean withPayment) {
            RepairOrderId ro = Walk.newWalkIn(desk);
            Walk.toDiagnosed(desk, ro);
            desk.estimate(new Commands.Estimate(ro, Walk.oilChange(), at("2026-12-01T17:00:00"), "cash", "Zhang", null,
                    WANG));
            RepairOrder.Copy c = w.order(ro).copy();
            if (!withPayment) {
                c.payment = null;
            }
            if (approved) {
                Revision r = c.revisions.get(0);
                c.revisions = List.of(r.decided(Revision.Status.APPROVED, Set.of(), "sig", w.clock.instant()));
            }
            return c.build();
        }

        @Test
        void F19_approvalNeedsTheLatestRevisionSigned() {
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                    () -> RepairOrderLifecycle.DEFINITION.fireOrThrow(RepairOrderStatus.ESTIMATED,
                            RepairOrderTrigger.APPROVE, estimated(false, true)));
            assertThat(guards(e)).containsExactly(RepairOrderLifecycle.SIGNED);
        }

        @Test
        void F5_approvalNeedsPaymentDetails() {
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                    () -> RepairOrderLifecycle.DEFINITION.fireOrThrow(RepairOrderStatus.ESTIMATED,
                            RepairOrderTrigger.APPROVE, estimated(true, false)));
            assertThat(guards(e)).containsExactly(RepairOrderLifecycle.PAYMENT_DETAILS);
        }

        @Test
        void F5_anEstimateNeedsLines() {
            RepairOrder.Copy c = estimated(false, true).copy();
            c.revisions = List.of(new Revision(1, List.of(), "empty", Revision.Status.PROPOSED, Set.of(), null, null));
            IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class,
                    () -> RepairOrderLifecycle.DEFINITION.fireOrThrow(RepairOrderStatus.DIAGNOSED,
                            RepairOrderTrigger.ESTIMATE, c.build()));
            assertThat(guards(e)).containsExactly(RepairOrderLifecycle.HAS_LINES);
        }

        @Test
        void F1_theDefinitionHasEveryStateAndExportsAsMermaid() {
            assertThat(RepairOrderLifecycle.DEFINITION.states()).containsExactlyInAnyOrder(RepairOrderStatus.values());
            assertThat(RepairOrderLifecycle.DEFINITION.initialStates())
                    .containsExactlyInAnyOrder(RepairOrderStatus.BOOKED, RepairOrderStatus.CHECKED_IN);
            assertThat(RepairOrderLifecycle.DEFINITION.toMermaid()).contains("FOLLOWED_UP").contains("REQUEST_REWORK");
            assertThat(RepairOrderLifecycle.DEFINITION.fire(RepairOrderStatus.WASHING,
                    RepairOrderTrigger.SEND_PICKUP_NOTICE, null).accepted()).isTrue();
            assertThat(Duration.ofMinutes(20)).isEqualTo(ServiceDesk.standards().get(0).target().duration());
            assertThat(new BigDecimal("0.13")).isEqualByComparingTo(desk.vatRate());
        }
    }
}
