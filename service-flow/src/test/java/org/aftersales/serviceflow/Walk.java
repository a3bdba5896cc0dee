package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;

import java.util.List;
import java.util.Set;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.value.Money;

/** Walks an order through the usual steps, for tests that care about a later one. */
final class Walk {

    private Walk() {
    }

    static RepairOrderId newWalkIn(ServiceDesk desk) {
        return RepairOrderId.of(desk.checkIn(Fixtures.walkIn(zhang(), "v-9", 1_000, "Oil change")).get(0).subject());
    }

    static void toDiagnosed(ServiceDesk desk, RepairOrderId ro) {
        desk.recordWalkAround(new Commands.RecordWalkAround(ro, List.of(), true, List.of(), true, WANG));
        desk.confirmConcerns(new Commands.ConfirmConcerns(ro, WANG));
        desk.diagnose(new Commands.Diagnose(ro, java.util.Map.of(0, "due"), false, null, WANG));
    }

    static void toApproved(ServiceDesk desk, RepairOrderId ro, List<Commands.Line> lines) {
        toDiagnosed(desk, ro);
        desk.estimate(new Commands.Estimate(ro, lines, at("2026-12-01T17:00:00"), "cash", "Zhang San", null, WANG));
        desk.approve(new Commands.ApproveRevision(ro, 1, Set.of(), "ok", WANG));
    }

    static void toInRepair(ServiceDesk desk, RepairOrderId ro, List<Commands.Line> lines) {
        toApproved(desk, ro, lines);
        desk.dispatch(new Commands.Dispatch(ro, TEAM_A.name(), WANG));
        desk.clockOn(new Commands.ClockOn(ro, TECH1, "L1", TECH1));
    }

    static void toQualityCheck(ServiceDesk desk, RepairOrderId ro, List<Commands.Line> lines) {
        toInRepair(desk, ro, lines);
        desk.clockOff(new Commands.ClockOff(ro, TECH1, TECH1));
        desk.recordResult(new Commands.RecordResult(ro, 0, null, "done", Request.Result.FIXED, TECH1));
        desk.fillGuaranteeCard(new Commands.FillGuaranteeCard(ro, "ok", TECH1));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.SELF, true, null, null, TECH1));
        desk.finishRepair(new Commands.FinishRepair(ro, TECH1));
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.TEAM_LEADER, true, null, null, LEAD));
    }

    static RepairOrder toReady(ServiceDesk desk, RepairOrderId ro, List<Commands.Line> lines) {
        toQualityCheck(desk, ro, lines);
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, true, null, null, QC));
        return desk.order(ro).orElseThrow().value();
    }

    static void settle(ServiceDesk desk, RepairOrderId ro, Money total) {
        desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, WANG));
        desk.explainSettlement(new Commands.ExplainSettlement(ro, WANG));
        desk.signSettlement(new Commands.SignSettlement(ro, WANG));
        desk.takePayment(new Commands.TakePayment(ro, total, CASHIER));
    }

    static List<Commands.Line> oilChange() {
        return List.of(labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0));
    }
}
