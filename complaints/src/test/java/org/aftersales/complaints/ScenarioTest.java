package org.aftersales.complaints;

import static org.aftersales.complaints.Fixture.BY_SMS;
import static org.aftersales.complaints.Fixture.LI;
import static org.aftersales.complaints.Fixture.LIU;
import static org.aftersales.complaints.Fixture.MA;
import static org.aftersales.complaints.Fixture.PARTS;
import static org.aftersales.complaints.Fixture.QIAN;
import static org.aftersales.complaints.Fixture.RO;
import static org.aftersales.complaints.Fixture.SERVICE;
import static org.aftersales.complaints.Fixture.WANG;
import static org.aftersales.complaints.Fixture.ZHAO;
import static org.aftersales.complaints.Fixture.ZHOU;
import static org.aftersales.complaints.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.aftersales.core.error.IllegalTransitionException;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.notification.Channel;
import org.aftersales.core.notification.spi.OutgoingMessage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.Test;

/** K1-K8: both paths from intake to closing, each with a hand-over, an escalation and a manager decision. */
class ScenarioTest {

    @Test
    void K1_K3_K4_qualityPathFromIntakeToClosing() {
        Fixture f = new Fixture("2026-11-23T09:00");
        Complaint c = f.receive(WANG, new CustomerContact("13800000001", BY_SMS));
        ComplaintNumber n = c.number();
        // K1: a gap-free number, the receiver owns it, the tracking log lists it at once
        assertThat(n.value()).isEqualTo("CP-2026-000001");
        assertThat(c.owner()).isEqualTo(WANG);
        assertThat(f.desk.trackingLog().entry(n)).hasValueSatisfying(t -> {
            assertThat(t.owner()).isEqualTo(WANG);
            assertThat(t.stage()).isEqualTo(Stage.LISTENING);
            assertThat(t.links().repairOrder()).isEqualTo(RO);
        });
        // the first answer (NORMAL: 4 business hours) falls due at 14:30, after the lunch gap
        assertThat(c.due()).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-23T14:30"));

        // a hand-over: Wang stays owner until Li acknowledges
        f.now("2026-11-23T09:10");
        assertThat(f.desk.requestHandOver(new ComplaintCommand.RequestHandOver(n, WANG, LI)).owner()).isEqualTo(WANG);
        f.now("2026-11-23T09:20");
        assertThat(f.desk.acknowledgeHandOver(new ComplaintCommand.AcknowledgeHandOver(n, LI)).owner()).isEqualTo(LI);

        // an escalation: nobody answered; at 100% Li's manager is told, and the customer
        f.now("2026-11-23T14:31");
        f.deadlines.due(f.clock.instant());
        f.outbox.deliverPending(f.clock.instant());
        assertThat(f.sent).extracting(OutgoingMessage::channel, m -> m.to().id()).containsExactlyInAnyOrder(
                tuple(Channel.STAFF_ALERT, LI.value()), tuple(Channel.STAFF_ALERT, ZHAO.value()),
                tuple(Channel.SMS, LIU.value()));
        assertThat(f.desk.get(n).missed()).containsExactly(Obligation.FIRST_ANSWER);
        assertThat(f.desk.trackingLog().entry(n).orElseThrow().escalations()).isEqualTo(2);

        f.now("2026-11-23T14:40");
        f.desk.answer(new ComplaintCommand.Answer(n, LI, "Sorry for the wait; we are on it."));
        f.desk.classify(new ComplaintCommand.Classify(n, LI, Cause.PART, Severity.NORMAL, "brake-parts"));
        f.now("2026-11-23T14:50");
        f.desk.listen(new ComplaintCommand.Listen(n, LI, "Squeal at low speed, read back and confirmed."));
        f.now("2026-11-23T15:00");
        f.desk.analyse(new ComplaintCommand.Analyse(n, LI, "New pads of batch 7 glaze", "Quiet brakes, no cost"));
        f.desk.decide(new ComplaintCommand.Decide(n, ZHAO, true, "Accept; replace the pads under warranty"));
        f.now("2026-11-23T15:10");
        Complaint routed = f.desk.findSolution(new ComplaintCommand.FindSolution(n, LI, "Replace the pads", true));
        assertThat(routed.department()).isEqualTo(PARTS);
        assertThat(routed.owner()).as("the owner stays accountable").isEqualTo(LI);
        f.desk.takeEmergencyMeasure(new ComplaintCommand.TakeEmergencyMeasure(n, LI, "Courtesy car for today"));
        f.desk.recordQuality(new ComplaintCommand.RecordQuality(n, LI, "Opinion form 7: squeal", "Batch 7 pads glaze",
                "Block batch 7; supplier 8D report", PARTS, QIAN));
        f.desk.recordCosts(new ComplaintCommand.RecordCosts(n, LI, List.of(
                new Cost(CostType.PARTS, Money.ofYuan("320.00"), "manufacturer"),
                new Cost(CostType.REPAIR, Money.ofYuan("150.00"), "manufacturer"),
                new Cost(CostType.STAFF_TRAVEL, Money.ofYuan("60.00"), SERVICE.value()))));
        f.now("2026-11-24T10:00");
        f.desk.resolve(new ComplaintCommand.Resolve(n, LI, "We apologised in person",
                List.of(Remedy.by(RemedyKind.REPLACE, RO))));
        f.desk.review(new ComplaintCommand.RecordReview(n, ZHOU, "Batch 7 pads glaze", "Check new batches",
                "Incoming inspection of brake pads"));
        f.desk.tellResult(new ComplaintCommand.TellResult(n, LI, "Phoned Mr Liu; he is satisfied"));
        assertThatThrownBy(() -> f.desk.close(new ComplaintCommand.Close(n, LI)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> assertThat(e.refusingGuards())
                        .extracting(IllegalTransitionException.RefusingGuard::code)
                        .containsExactly("complaint.financeReviewMissing"));
        f.desk.reviewFinance(new ComplaintCommand.ReviewFinance(n, MA));
        f.now("2026-11-24T11:00");
        Complaint closed = f.desk.close(new ComplaintCommand.Close(n, LI));

        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.steps()).extracting(StepRecord::step, StepRecord::actor, StepRecord::at).containsExactly(
                tuple(Step.LISTEN, LI, at("2026-11-23T14:50")),
                tuple(Step.ANALYSE, LI, at("2026-11-23T15:00")),
                tuple(Step.FIND_SOLUTION, LI, at("2026-11-23T15:10")),
                tuple(Step.EMERGENCY_MEASURE, LI, at("2026-11-23T15:10")),
                tuple(Step.RESOLVE, LI, at("2026-11-24T10:00")),
                tuple(Step.REVIEW, ZHOU, at("2026-11-24T10:00")),
                tuple(Step.CLOSE, LI, at("2026-11-24T11:00")));
        assertThat(closed.nextDue()).isNull();
        assertThat(f.desk.overdue(at("2026-12-31T00:00"))).isEmpty();
        assertThat(f.deadlines.forSubject(ComplaintDesk.subject(n))).allSatisfy(d ->
                assertThat(d.status().isSettled()).isTrue());
        assertThat(f.desk.trackingLog().entry(n)).hasValueSatisfying(t -> {
            assertThat(t.stage()).isEqualTo(Stage.CLOSED);
            assertThat(t.owner()).isEqualTo(LI);
            assertThat(t.department()).isEqualTo(PARTS);
            assertThat(t.answeredInTime()).isFalse();
            assertThat(t.resolvedInTime()).isTrue();
        });
        List<String> types = f.storage.events().since(0, 1000).stream().map(StoredEvent::event)
                .filter(e -> e instanceof ComplaintEvent).map(e -> e.type()).distinct().toList();
        assertThat(types).contains("complaint.received", "complaint.hand-over-requested", "complaint.handed-over",
                "complaint.escalated", "complaint.decided", "complaint.routed", "complaint.costs-recorded",
                "complaint.finance-reviewed", "complaint.result-told", "complaint.closed");
        assertThat(ComplaintEvent.TYPES.keySet()).containsAll(types);
    }

    @Test
    void K1_K3_K5_K6_nonQualityPathWithADisputeFromIntakeToClosing() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = f.receive(ZHOU, null).number();
        f.desk.requestHandOver(new ComplaintCommand.RequestHandOver(n, ZHOU, WANG));
        f.desk.acknowledgeHandOver(new ComplaintCommand.AcknowledgeHandOver(n, WANG));
        // an escalation at 80% of the first answer: a reminder to the owner, nobody else
        f.now("2026-11-23T13:42");
        assertThat(f.deadlines.due(f.clock.instant())).hasSize(1);
        f.outbox.deliverPending(f.clock.instant());
        assertThat(f.sent).extracting(m -> m.to().id()).containsExactly(WANG.value());
        f.desk.answer(new ComplaintCommand.Answer(n, WANG, "We will look at it today"));
        f.desk.classify(new ComplaintCommand.Classify(n, WANG, Cause.OPERATOR_ERROR, Severity.HIGH, "brakes"));
        f.desk.listen(new ComplaintCommand.Listen(n, WANG, "Discs scored; the driver brakes with the handbrake"));
        f.desk.takeEmergencyMeasure(new ComplaintCommand.TakeEmergencyMeasure(n, WANG, "Car towed in"));
        f.desk.analyse(new ComplaintCommand.Analyse(n, WANG, "Handbrake used at speed", "Free repair"));
        Complaint decided = f.desk.decide(new ComplaintCommand.Decide(n, ZHAO, true,
                "Accept; skim the discs at cost, train the drivers"));
        assertThat(decided.decision().manager()).isEqualTo(ZHAO);
        Complaint disputed = f.desk.openDispute(new ComplaintCommand.OpenDispute(n, WANG, ZHOU,
                "Service contract 2026-118, clause 9 (misuse)"));
        assertThat(disputed.dispute().coordinator()).isEqualTo(ZHOU);
        f.desk.findSolution(new ComplaintCommand.FindSolution(n, WANG, "Skim discs; training session", false));
        f.desk.recordNonQuality(new ComplaintCommand.RecordNonQuality(n, WANG, "Damage from handbrake at speed",
                "Discs skimmed under RO-2026-000042", "Two drivers shown correct braking",
                List.of(new Cost(CostType.REPAIR, Money.ofYuan("200.00"), "customer"))));
        f.now("2026-11-23T16:00");
        Complaint resolved = f.desk.resolve(new ComplaintCommand.Resolve(n, WANG, "Apologised for the delay",
                List.of(Remedy.by(RemedyKind.REPAIR, RO), Remedy.of(RemedyKind.COMPENSATE, Money.ofYuan("100.00")))));
        assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
        assertThat(resolved.remedies()).extracting(Remedy::kind).containsExactly(RemedyKind.REPAIR,
                RemedyKind.COMPENSATE);
        f.desk.review(new ComplaintCommand.RecordReview(n, WANG, "Drivers untrained", "Explain braking at handover",
                "A braking sheet in every delivery"));
        f.desk.tellResult(new ComplaintCommand.TellResult(n, WANG, "Visited the fleet manager"));
        Complaint closed = f.desk.close(new ComplaintCommand.Close(n, WANG));
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(f.desk.trackingLog().entry(n).orElseThrow()).satisfies(t -> {
            assertThat(t.answeredInTime()).isTrue();
            assertThat(t.resolvedInTime()).isTrue();
            assertThat(t.department()).as("never routed: the owner's department").isEqualTo(SERVICE);
        });
        f.desk.keepForTraining(new ComplaintCommand.KeepForTraining(n, ZHOU, "Model handling of a fleet customer"));
        assertThat(f.desk.trackingLog().entry(n).orElseThrow().keptForTraining()).isTrue();
    }
}
