package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineId;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.Test;

/** Whole visits, command by command (F1-F12, F17-F20). */
class ScenarioTest {

    final World w = new World();
    final ServiceDesk desk = w.desk;

    static List<String> names(List<ServiceEvent> events) {
        return events.stream().map(ServiceEvent::type).toList();
    }

    /** Books, receives, estimates with a revision, repairs, checks, washes, settles, delivers, lets out. */
    @Test
    void F1_F2_F11_bookingToDeliveryWithRevisionWashAndExitPass() {
        List<ServiceEvent> booked = desk.book(booking("2026-12-01T14:00:00", "2"));
        AppointmentId ap = AppointmentId.of(booked.get(0).subject());
        assertThat(names(booked)).containsExactly(ServiceEvents.BOOKED);
        assertThat(desk.appointment(ap).orElseThrow().value().partsReserved()).isTrue();
        assertThat(w.supply.held).containsKey(ap.value());
        assertThat(desk.workload(TEAM_A.name(), java.time.LocalDate.of(2026, 12, 1)).total()).isEqualByComparingTo("2");
        // the route and booklet messages, security, advisor, team leader and parts told
        assertThat(w.outbox.deliverPending(w.clock.instant())).hasSize(6);
        assertThat(w.sms.sent).extracting(m -> m.message())
                .containsExactlyInAnyOrder("service.booking-route", "service.bring-booklet");
        assertThat(w.alerts.sent).extracting(m -> m.to().id()).containsExactlyInAnyOrder("guard", "wang", "lead", "parts");
        // the reconfirmation is due 20 minutes before arrival
        DeadlineId reconfirm = DeadlineId.of(SubjectRef.of("appointment", ap.value()), ServiceDesk.RECONFIRM);
        assertThat(w.deadlines.find(reconfirm).orElseThrow().due()).isEqualTo(at("2026-12-01T13:40:00"));

        w.clock.now = at("2026-12-01T13:30:00");
        assertThat(names(desk.confirm(new Commands.ConfirmAppointment(ap, WANG)))).containsExactly(ServiceEvents.CONFIRMED);
        assertThat(w.deadlines.find(reconfirm).orElseThrow().status()).isEqualTo(Deadline.Status.MET);

        w.clock.now = at("2026-12-01T14:05:00");
        List<ServiceEvent> in = desk.checkIn(checkIn(ap, 42_000));
        assertThat(names(in)).containsExactly(ServiceEvents.ARRIVED, ServiceEvents.CHECKED_IN);
        RepairOrderId ro = RepairOrderId.of(in.get(1).subject());
        assertThat(in).allMatch(e -> e.metadata().actor().id().equals("wang"));
        assertThat(desk.appointment(ap).orElseThrow().value().status()).isEqualTo(RepairOrderStatus.CHECKED_IN);

        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of("scratch on rear bumper"), true,
                List.of("umbrella"), true, WANG));
        desk.recordInspection(new Commands.RecordInspection(ro, List.of(
                new InspectionItem("tyres", InspectionItem.Outcome.PASS, WANG, "6 mm"),
                new InspectionItem("brake-pads", InspectionItem.Outcome.ADVISORY, WANG, "3 mm"),
                new InspectionItem("wipers", InspectionItem.Outcome.NOT_CHECKED, null, null)), WANG));
        desk.agreeWash(new Commands.AgreeWash(ro, true, 20, WANG));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, WANG));
        desk.diagnose(new Commands.Diagnose(ro, java.util.Map.of(0, "service due", 1, "pads worn"), false, null, WANG));
        List<ServiceEvent> est = desk.estimate(new Commands.Estimate(ro, List.of(
                labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0),
                part("P1", FILTER, "1", "45.50", 0),
                fluid("F1", "4.2", "68.33", 0),
                labour("W1", "BRAKE-PADS", Payer.WARRANTY, 1)),
                at("2026-12-01T17:00:00"), "card", "Zhang San", null, WANG));
        assertThat(names(est)).containsExactly(ServiceEvents.ESTIMATED);
        RepairOrder estimated = w.order(ro);
        assertThat(estimated.promisedAt()).isEqualTo(at("2026-12-01T16:30:00"));
        assertThat(estimated.overrunWarning()).isNull();
        // another price for the filter: a new revision, which needs its own approval
        desk.revise(new Commands.ReviseEstimate(ro, List.of(
                labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0), part("P1", FILTER, "1", "39.90", 0),
                fluid("F1", "4.2", "68.33", 0), labour("W1", "BRAKE-PADS", Payer.WARRANTY, 1)),
                "member price for the filter", WANG));
        assertThat(w.order(ro).revisions()).extracting(Revision::status)
                .containsExactly(Revision.Status.SUPERSEDED, Revision.Status.PROPOSED);
        desk.approve(new Commands.ApproveRevision(ro, 2, Set.of(), "fair price", WANG));
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.APPROVED);
        assertThat(w.order(ro).quoteOutcome()).isEqualTo("won: fair price");

        desk.dispatch(new Commands.Dispatch(ro, TEAM_A.name(), WANG));
        assertThat(w.supply.held).containsKey(ro.value()).doesNotContainKey(ap.value());
        desk.clockOn(new Commands.ClockOn(ro, TECH1, "L1", TECH1));
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
        assertThat(w.supply.issued).contains(ro.value() + ":OF-100");
        w.clock.advance(Duration.ofMinutes(40));
        desk.clockOff(new Commands.ClockOff(ro, TECH1, TECH1));
        desk.clockOn(new Commands.ClockOn(ro, TECH2, "W1", TECH2));
        w.clock.advance(Duration.ofMinutes(60));
        desk.clockOff(new Commands.ClockOff(ro, TECH2, TECH2));
        desk.recordResult(new Commands.RecordResult(ro, 0, null, "oil and filter changed", Request.Result.FIXED, TECH1));
        desk.recordResult(new Commands.RecordResult(ro, 1, null, "pads replaced", Request.Result.FIXED, TECH2));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "torques checked, no leaks", TECH1));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, TECH1));
        desk.finishRepair(new Commands.FinishRepair(ro, TECH1));
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.QUALITY_CHECK);
        assertThat(desk.technician(TECH1).flagHours()).isEqualByComparingTo("0.5");
        assertThat(desk.technician(TECH1).efficiency()).contains(new BigDecimal("0.75"));
        assertThat(desk.technician(TECH2).flagHours()).isEqualByComparingTo("1.2");

        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, LEAD));
        List<ServiceEvent> fin = desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null, null, QC));
        assertThat(names(fin)).containsExactly(ServiceEvents.CHECK_PASSED, ServiceEvents.WASH_STARTED);
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.WASHING);
        // a waiting customer may be told while the car is washed... this one left: told now all the same
        desk.sendPickupNotice(new Commands.SendPickupNotice(ro, at("2026-12-01T16:45:00"), WANG));
        desk.finishWashing(new Commands.FinishWashing(ro, RepairOrder.WASH_CHECKLIST, true, WASHER));
        RepairOrder ready = w.order(ro);
        assertThat(ready.status()).isEqualTo(RepairOrderStatus.READY_FOR_PICKUP);

        // settlement: approved lines only, VAT 13% on the customer-paid net, rounded to the fen
        Settlement sheet = ready.settlement();
        assertThat(sheet.customerNet()).isEqualTo(Money.ofYuan("386.89"));   // 60.00 + 39.90 + 286.99
        assertThat(sheet.vat()).isEqualTo(Money.ofYuan("50.30"));            // 50.2957
        assertThat(sheet.total()).isEqualTo(Money.ofYuan("437.19"));
        assertThat(sheet.warrantyClaim()).isEqualTo(Money.ofYuan("144.00")); // 1.2 h x 120.00
        assertThat(sheet.invoiceLines()).extracting(EstimateLine::key).containsExactly("L1", "P1", "F1");
        assertThat(sheet.warrantyLines()).extracting(EstimateLine::key).containsExactly("W1");

        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
        desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG));
        desk.signSettlement(new Commands.SignSettlement(ro, WANG));
        List<ServiceEvent> paid = desk.takePayment(new Commands.TakePayment(ro, Money.ofYuan("437.19"), CASHIER));
        RepairOrder settled = w.order(ro);
        assertThat(settled.status()).isEqualTo(RepairOrderStatus.SETTLED);
        assertThat(settled.exitPass()).isEqualTo("EP-2026-000001");
        assertThat(paid.get(0).details()).containsEntry("invoice", "INV-2026-000001")
                .containsEntry("warranty-claim", "144.00 CNY");
        desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG));
        RepairOrder delivered = w.order(ro);
        assertThat(delivered.handover().nextServiceMileage().km()).isEqualTo(47_000);
        assertThat(delivered.handover().nextServiceDate()).isEqualTo(java.time.LocalDate.of(2027, 6, 1));
        List<ServiceEvent> out = desk.passGate(new Commands.PassGate(ro, "EP-2026-000001", GUARD));
        assertThat(names(out)).containsExactly(ServiceEvents.LEFT_GATE);
        assertThat(w.order(ro).gateExits()).isEqualTo(1);
        // every event of the visit carries the order's number as correlation
        assertThat(w.storage.events().since(0, 1000)).extracting(e -> e.event())
                .filteredOn(e -> e instanceof ServiceEvent se && se.subject().equals(ro.value()))
                .allMatch(e -> e.metadata().correlationId().value().equals(ro.value()));
    }

    /** A walk-in whose repair finds extra work, fails the final inspection, and passes the re-inspection. */
    @Test
    void F7_F8_walkInWithAdditionalWorkFailedFinalInspectionAndReinspection() {
        List<ServiceEvent> in = desk.checkIn(walkIn(zhang(), "v-2", 80_000, "Engine light on"));
        assertThat(in.get(0).details()).containsEntry("walk-in", "true");
        RepairOrderId ro = RepairOrderId.of(in.get(0).subject());
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of(), true, List.of(), true, WANG));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, WANG));
        desk.agreeWash(new Commands.AgreeWash(ro, false, 0, WANG));
        desk.diagnose(new Commands.Diagnose(ro, java.util.Map.of(), true, TECH1, WANG));
        assertThat(w.order(ro).diagnosisBay()).isTrue();
        desk.estimate(new Commands.Estimate(ro, List.of(labour("D1", "DIAG", Payer.CUSTOMER, 0)),
                at("2026-12-01T12:00:00"), "cash", "Zhang San", null, WANG));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "needs it", WANG));
        desk.dispatch(new Commands.Dispatch(ro, TEAM_A.name(), WANG));
        desk.clockOn(new Commands.ClockOn(ro, TECH1, "D1", TECH1));
        List<ServiceEvent> found = desk.findAdditionalWork(new Commands.FindAdditionalWork(ro, List.of(
                labour("X1", "BRAKE-PADS", Payer.CUSTOMER, -1), part("X2", FILTER, "1", "45.50", -1),
                fluid("X3", "1", "68.33", -1)), "pads worn out, filter clogged", TECH1));
        assertThat(names(found)).containsExactly(ServiceEvents.ADDITIONAL_WORK_FOUND);
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL);
        DeadlineId answer = DeadlineId.of(SubjectRef.of("repair-order", ro.value()), ServiceDesk.APPROVAL);
        assertThat(w.deadlines.find(answer).orElseThrow().due()).isEqualTo(w.clock.instant().plus(Duration.ofMinutes(30)));
        // the customer takes the pads and the filter but declines the oil top-up: kept for later
        desk.approve(new Commands.ApproveRevision(ro, 2, Set.of("X3"), "safety", WANG));
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
        assertThat(w.order(ro).declinedLines()).extracting(EstimateLine::key).containsExactly("X3");
        assertThat(w.deadlines.find(answer).orElseThrow().status()).isEqualTo(Deadline.Status.MET);
        assertThat(w.supply.issued).contains(ro.value() + ":OF-100");
        desk.reportDelay(new Commands.ReportDelay(ro, at("2026-12-01T15:00:00"), "extra work", WANG));
        w.outbox.deliverPending(w.clock.instant());
        assertThat(w.sms.sent).extracting(m -> m.message()).contains("service.additional-work", "service.new-promise");
        assertThat(w.order(ro).promisedAt()).isEqualTo(at("2026-12-01T15:00:00"));
        w.clock.advance(Duration.ofHours(2));
        desk.clockOff(new Commands.ClockOff(ro, TECH1, TECH1));
        desk.recordResult(new Commands.RecordResult(ro, 0, "sensor fault", "sensor replaced", Request.Result.FIXED, TECH1));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "ok", TECH1));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, TECH1));
        desk.finishRepair(new Commands.FinishRepair(ro, TECH1));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, LEAD));
        List<ServiceEvent> failed = desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, false,
                "NOISE", "brakes still squeal at low speed", QC));
        assertThat(names(failed)).containsExactly(ServiceEvents.CHECK_FAILED);
        assertThat(failed.get(0).details()).containsEntry("reason", "NOISE");
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
        // the re-inspection: every check is due again after the repair
        desk.clockOn(new Commands.ClockOn(ro, TECH1, "X1", TECH1));
        w.clock.advance(Duration.ofMinutes(30));
        desk.clockOff(new Commands.ClockOff(ro, TECH1, TECH1));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, TECH1));
        desk.finishRepair(new Commands.FinishRepair(ro, TECH1));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, LEAD));
        List<ServiceEvent> passed = desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null,
                null, QC));
        assertThat(names(passed)).containsExactly(ServiceEvents.CHECK_PASSED, ServiceEvents.READY);
        Settlement sheet = w.order(ro).settlement();
        // D1 0.5 h + X1 1.2 h at 120.00, X2 45.50; the declined oil is not charged
        assertThat(sheet.lines()).extracting(EstimateLine::key).containsExactly("D1", "X1", "X2");
        assertThat(sheet.customerNet()).isEqualTo(Money.ofYuan("249.50"));
        assertThat(sheet.vat()).isEqualTo(Money.ofYuan("32.44"));           // 32.435
        assertThat(sheet.total()).isEqualTo(Money.ofYuan("281.94"));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
        desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG));
        desk.signSettlement(new Commands.SignSettlement(ro, WANG));
        desk.takePayment(new Commands.TakePayment(ro, Money.ofYuan("281.94"), CASHIER));
        desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG));
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.DELIVERED);
    }

    /** A group customer walks in: discount with a named approver, no wash, decision-maker signs off. */
    @Test
    void F12_F18_walkInGroupCustomerWithDiscountAndSignOff() {
        List<ServiceEvent> in = desk.checkIn(walkIn(fleet(), "v-3", 10_000, "Oil change"));
        RepairOrderId ro = RepairOrderId.of(in.get(0).subject());
        RepairOrder o = Walk.toReady(desk, ro, List.of(labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0),
                part("P1", FILTER, "2", "10.01", 0)));
        assertThat(o.settlement().total()).isEqualTo(Money.ofYuan("90.42")); // 80.02 + 10.4026
        desk.applyDiscount(new Commands.ApplyDiscount(ro, Money.ofYuan("10.02"), MANAGER, WANG));
        Settlement sheet = w.order(ro).settlement();
        assertThat(sheet.discountApprover()).isEqualTo(MANAGER);
        assertThat(sheet.vat()).isEqualTo(Money.ofYuan("9.10"));             // 13% of 70.00
        assertThat(sheet.total()).isEqualTo(Money.ofYuan("79.10"));
        Walk.settle(desk, ro, sheet.total());
        desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG));
        RepairOrder done = w.order(ro);
        assertThat(done.handover().decisionMakerSignature()).isEqualTo("paper:" + ro.value() + "/sign-off");
        assertThat(done.status()).isEqualTo(RepairOrderStatus.DELIVERED);
    }
}
