package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.DeadlineId;
import org.aftersales.core.deadline.DeadlineMet;
import org.aftersales.core.deadline.DeadlineMissed;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Catalogue;
import org.aftersales.core.scoring.Catalogues;
import org.aftersales.core.scoring.EvidenceSource;
import org.aftersales.core.scoring.ItemCode;
import org.aftersales.core.scoring.ItemResult;
import org.aftersales.core.scoring.Outcome;
import org.aftersales.core.scoring.RecordAssessment;
import org.aftersales.core.scoring.Scorecard;
import org.aftersales.core.scoring.Scoring;
import org.aftersales.core.scoring.SectionScore;
import org.aftersales.core.scoring.Subject;
import org.aftersales.core.scoring.spi.EventHistory;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.party.Role;
import org.aftersales.serviceflow.blueprint.ServiceBlueprint;
import org.aftersales.serviceflow.blueprint.TimedStandard;
import org.junit.jupiter.api.Test;

/**
 * F13, F15, C13, S3: the blueprint's timed standards as deadlines set, met, paused and missed
 * by the desk's own events, on the bundled China calendar, and the advisor's scorecard items
 * derived from them.
 */
class TimedStandardsTest {

    private static Deadline deadline(Fixtures.World w, String kind, String id, String standard) {
        return w.deadlines.find(DeadlineId.of(SubjectRef.of(kind, id), standard)).orElseThrow();
    }

    private static List<DomainEvent> log(Fixtures.World w) {
        return w.storage.events().since(0, Integer.MAX_VALUE).stream().map(StoredEvent::event).toList();
    }

    private static RepairOrderId delivered(Fixtures.World w, String deliveredAt) {
        RepairOrderId ro = Walk.newWalkIn(w.desk);
        RepairOrder ready = Walk.toReady(w.desk, ro, Walk.oilChange());
        Walk.settle(w.desk, ro, ready.settlement().total());
        w.clock.now = at(deliveredAt);
        w.desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG));
        return ro;
    }

    /**
     * Delivered at 16:00 on Wednesday 30 September 2026, the day before the National Day
     * holiday (1-7 October): three working days are 8 October, 9 October and Saturday
     * 10 October, a make-up working day, so the call is due at 16:00 on 10 October, not on
     * 3 October as three plain days would say.
     */
    @Test
    void F13_F15_followUpDeadlineCountsWorkingDaysAcrossTheNationalDayHoliday() {
        Fixtures.World w = new Fixtures.World();
        w.clock.now = at("2026-09-30T09:00:00");
        RepairOrderId ro = delivered(w, "2026-09-30T16:00:00");

        Deadline d = deadline(w, "repair-order", ro.value(), ServiceDesk.FOLLOW_UP);
        assertThat(d.owner()).isEqualTo(WANG);
        assertThat(d.start()).isEqualTo(at("2026-09-30T16:00:00"));
        assertThat(d.due()).isEqualTo(at("2026-10-10T16:00:00"));
        assertThat(w.deadlines.due(at("2026-10-10T15:59:00"))).isEmpty();

        w.clock.now = at("2026-10-09T11:00:00");
        w.desk.followUp(new Commands.FollowUp(ro, true, 5, "all good", List.of(), null, WANG));
        assertThat(deadline(w, "repair-order", ro.value(), ServiceDesk.FOLLOW_UP).status())
                .isEqualTo(Deadline.Status.MET);
        assertThat(log(w)).filteredOn(DeadlineMet.class::isInstance).map(DeadlineMet.class::cast)
                .filteredOn(m -> m.standard().equals(ServiceDesk.FOLLOW_UP)).singleElement()
                .satisfies(m -> assertThat(m.kept()).isTrue());
        assertThat(w.deadlines.due(at("2026-10-12T09:00:00"))).isEmpty();
    }

    @Test
    void F13_C13_aFollowUpNotMadeInThreeWorkingDaysIsMissed() {
        Fixtures.World w = new Fixtures.World();
        w.clock.now = at("2026-09-30T09:00:00");
        RepairOrderId ro = delivered(w, "2026-09-30T16:00:00");
        List<DeadlineEvent> fired = w.deadlines.due(at("2026-10-10T16:00:00"));
        assertThat(fired).singleElement().isInstanceOfSatisfying(DeadlineMissed.class, m -> {
            assertThat(m.standard()).isEqualTo(ServiceDesk.FOLLOW_UP);
            assertThat(m.subject()).isEqualTo(SubjectRef.of("repair-order", ro.value()));
            assertThat(m.owner()).isEqualTo(WANG);
        });
    }

    /** The call is due in the 20 minutes that end 20 minutes before the expected arrival at 14:00. */
    @Test
    void F15_C13_aMissedReconfirmationRaisesItsEvent() {
        Fixtures.World w = new Fixtures.World();
        AppointmentId kept = AppointmentId.of(w.desk.book(booking("2026-12-01T14:00:00", "1")).get(0).subject());
        AppointmentId missed = AppointmentId.of(w.desk.book(booking("2026-12-01T14:00:00", "1")).get(0).subject());
        Deadline d = deadline(w, "appointment", missed.value(), ServiceDesk.RECONFIRM);
        assertThat(d.start()).isEqualTo(at("2026-12-01T13:20:00"));
        assertThat(d.due()).isEqualTo(at("2026-12-01T13:40:00"));

        w.clock.now = at("2026-12-01T13:30:00");
        w.desk.confirm(new Commands.ConfirmAppointment(kept, WANG));
        List<DeadlineEvent> fired = w.deadlines.due(at("2026-12-01T13:41:00"));

        assertThat(fired).singleElement().isInstanceOfSatisfying(DeadlineMissed.class, m -> {
            assertThat(m.standard()).isEqualTo(ServiceDesk.RECONFIRM);
            assertThat(m.subject()).isEqualTo(SubjectRef.of("appointment", missed.value()));
            assertThat(m.owner()).isEqualTo(WANG);
            assertThat(m.kept()).isFalse();
        });
        assertThat(log(w)).filteredOn(DeadlineMissed.class::isInstance).hasSize(1);
        assertThat(deadline(w, "appointment", kept.value(), ServiceDesk.RECONFIRM).status())
                .isEqualTo(Deadline.Status.MET);
    }

    /**
     * The repair finished at 09:00 (the settlement sheet is due at 10:00, one opening hour
     * later); the final inspection failed and the car waited for parts from 09:10 to 11:10:
     * the standard stood still for those two hours and is now due at 12:00.
     */
    @Test
    void F15_C13_aWaitForPartsOrForTheCustomersApprovalPausesTheStandard() {
        Fixtures.World w = new Fixtures.World();
        RepairOrderId ro = Walk.newWalkIn(w.desk);
        Walk.toQualityCheck(w.desk, ro, Walk.oilChange());
        assertThat(deadline(w, "repair-order", ro.value(), ServiceDesk.SETTLEMENT_SHEET).due())
                .isEqualTo(at("2026-12-01T10:00:00"));

        w.clock.now = at("2026-12-01T09:10:00");
        w.desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.FINAL, false, "LEAK", "oil seep at filter", QC));
        List<ServiceEvent> waiting = w.desk.waitForParts(new Commands.WaitForParts(ro, "filter gasket", WANG));
        assertThat(waiting).extracting(ServiceEvent::type).containsExactly(ServiceEvents.WAITING_FOR_PARTS);
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.WAITING_FOR_PARTS);
        Deadline paused = deadline(w, "repair-order", ro.value(), ServiceDesk.SETTLEMENT_SHEET);
        assertThat(paused.status()).isEqualTo(Deadline.Status.PAUSED);
        assertThat(w.deadlines.due(at("2026-12-01T10:30:00"))).as("nothing runs while paused").isEmpty();

        w.clock.now = at("2026-12-01T11:10:00");
        w.desk.partsArrived(new Commands.PartsArrived(ro, WANG));
        Deadline resumed = deadline(w, "repair-order", ro.value(), ServiceDesk.SETTLEMENT_SHEET);
        assertThat(resumed.status()).isEqualTo(Deadline.Status.OPEN);
        assertThat(resumed.due()).isEqualTo(at("2026-12-01T12:00:00"));
        assertThat(w.deadlines.pausedTime(resumed, w.clock.instant())).isEqualTo(Duration.ofHours(2));
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.IN_REPAIR);

        // the customer's approval of added work pauses it too, from 11:20 until the answer at 11:40
        w.clock.now = at("2026-12-01T11:20:00");
        w.desk.findAdditionalWork(new Commands.FindAdditionalWork(ro,
                List.of(labour("L2", "DIAG", Payer.CUSTOMER, 0)), "warning light", TECH1));
        assertThat(deadline(w, "repair-order", ro.value(), ServiceDesk.SETTLEMENT_SHEET).status())
                .isEqualTo(Deadline.Status.PAUSED);
        w.clock.now = at("2026-12-01T11:40:00");
        w.desk.approve(new Commands.ApproveRevision(ro, 2, java.util.Set.of(), "go ahead", WANG));
        assertThat(deadline(w, "repair-order", ro.value(), ServiceDesk.SETTLEMENT_SHEET).due())
                .isEqualTo(at("2026-12-01T12:20:00"));
        assertThat(deadline(w, "repair-order", ro.value(), ServiceDesk.APPROVAL).status())
                .isEqualTo(Deadline.Status.MET);
    }

    @Test
    void F15_C13_aCustomerLeftWaitingAtReceptionIsReported() {
        Fixtures.World w = new Fixtures.World();
        w.desk.registerArrival(new Commands.RegisterArrival(LicencePlate.parse("京B54321"), WANG, GUARD));
        w.desk.registerArrival(new Commands.RegisterArrival(LicencePlate.parse("京C11111"), LI, GUARD));
        w.clock.now = at("2026-12-01T09:05:00");
        Walk.newWalkIn(w.desk);
        assertThat(deadline(w, "reception", "京B54321", ServiceDesk.RECEPTION_WAIT).status())
                .isEqualTo(Deadline.Status.MET);
        assertThat(w.deadlines.due(at("2026-12-01T09:10:00"))).singleElement()
                .isInstanceOfSatisfying(DeadlineMissed.class, m -> {
                    assertThat(m.standard()).isEqualTo(ServiceDesk.RECEPTION_WAIT);
                    assertThat(m.owner()).isEqualTo(LI);
                });
    }

    private static Commands.BookAppointment bookingFor(StaffId advisor, String arrival) {
        Commands.BookAppointment b = booking(arrival, "1");
        return new Commands.BookAppointment(b.customer(), b.plate(), b.model(), b.requests(), b.parts(),
                b.estimatedCost(), b.estimatedHours(), b.departureAt(), b.expectedArrival(), b.team(), advisor, WANG);
    }

    /**
     * Advisor Wang's December, by hand: five bookings, four reconfirmed in the window and one
     * not (4 of 5 = 80%: partly met, 2 x 4 / 5 = 1.60 points); two customers at reception, one
     * received in time and one left waiting (1 of 2: failed, 0 points); one settlement sheet
     * made in time (1 of 1: passed, 2 points). Li's missed reconfirmation is not Wang's. The
     * reception section then earns its seven observed items (19 points) plus 1.60 of 23.
     */
    @Test
    void S3_F15_anAdvisorsScorecardCountsTheDeadlinesKeptFromEvents() {
        Fixtures.World w = new Fixtures.World();
        List<AppointmentId> wang = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wang.add(AppointmentId.of(w.desk.book(bookingFor(WANG, "2026-12-02T14:00:00")).get(0).subject()));
        }
        w.desk.book(bookingFor(LI, "2026-12-02T14:00:00"));
        w.desk.registerArrival(new Commands.RegisterArrival(LicencePlate.parse("京B54321"), WANG, GUARD));
        w.desk.registerArrival(new Commands.RegisterArrival(LicencePlate.parse("京C11111"), WANG, GUARD));
        w.clock.now = at("2026-12-01T09:05:00");
        RepairOrderId ro = Walk.newWalkIn(w.desk);
        Walk.toReady(w.desk, ro, Walk.oilChange());
        w.deadlines.due(at("2026-12-01T09:30:00"));
        w.clock.now = at("2026-12-02T13:30:00");
        for (AppointmentId a : wang.subList(0, 4)) {
            w.desk.confirm(new Commands.ConfirmAppointment(a, WANG));
        }
        w.deadlines.due(at("2026-12-02T13:41:00"));

        List<DomainEvent> recorded = log(w);
        Subject.Staff advisor = new Subject.Staff(WANG, "service-advisor", "service");
        Catalogue desk = Catalogues.serviceFrontDesk();
        List<ItemResult> observed = new ArrayList<>();
        desk.applicableTo(advisor).values().stream().filter(i -> i.evidence() == EvidenceSource.OBSERVED)
                .forEach(i -> observed.add(ItemResult.passed(i.code().value(), "seen",
                        org.aftersales.core.event.Actor.staff(MANAGER))));
        Scoring scoring = Scoring.builder(Clock.fixed(Instant.parse("2027-01-02T01:00:00Z"), ZONE))
                .catalogue(desk).events(EventHistory.of(recorded)).build();
        scoring.record(new RecordAssessment(AssessmentId.of("A-WANG-2026-12"), desk.code(), advisor,
                AssessmentPeriod.month(YearMonth.of(2026, 12)), observed));
        Scorecard card = scoring.scorecard(AssessmentId.of("A-WANG-2026-12"));
        var a = scoring.find(AssessmentId.of("A-WANG-2026-12")).orElseThrow();

        ItemResult reconfirm = a.result(ItemCode.of("FD-REC-08")).orElseThrow();
        assertThat(reconfirm.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(reconfirm.awarded()).isEqualByComparingTo("1.60");
        assertThat(reconfirm.evidence()).contains("4 of 5");
        ItemResult reception = a.result(ItemCode.of("FD-REC-09")).orElseThrow();
        assertThat(reception.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(reception.evidence()).contains("1 of 2");
        ItemResult sheet = a.result(ItemCode.of("FD-SET-05")).orElseThrow();
        assertThat(sheet.outcome()).isEqualTo(Outcome.PASSED);

        SectionScore receptionSection = card.sections().stream().filter(s -> s.section().equals("reception"))
                .findFirst().orElseThrow();
        assertThat(receptionSection.earned()).isEqualByComparingTo(new BigDecimal("20.60"));
        assertThat(receptionSection.applicable()).isEqualByComparingTo(new BigDecimal("23"));
        assertThat(receptionSection.failedMust()).containsExactly(ItemCode.of("FD-REC-09"));
        assertThat(card.subject()).isEqualTo(advisor);
    }

    /**
     * A dealership adds its own timed standard to the blueprint, as data: a dispatched job is
     * started within 30 opening minutes. The desk sets and meets it from its events with no code
     * of its own; a deadlines service that lacks it is refused when the desk is built.
     */
    @Test
    void F15_aStandardAddedToTheBlueprintIsRunWithNoCodeOfItsOwn() {
        Fixtures.World w = new Fixtures.World();
        ServiceBlueprint mine = ServiceBlueprint.defaults().with(new TimedStandard("dealer.start-within-30m",
                Role.TEAM_LEADER, new LocalizedText("Start a dispatched job within 30 minutes", "派工后三十分钟内开工"),
                "repair-order", null, TimedStandard.Measure.OPENING_HOURS, Duration.ofMinutes(30), null, null,
                List.of(ServiceEvents.DISPATCHED), List.of(ServiceEvents.CLOCKED_ON), List.of(ServiceEvents.CANCELLED),
                List.of(), List.of(), List.of()));
        assertThatThrownBy(() -> ServiceDesk.builder().storage(w.storage).clock(w.clock).calendar(w.calendar, SERVICE)
                .staff(STAFF).deadlines(w.deadlines).blueprint(mine).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dealer.start-within-30m");

        Deadlines deadlines = Deadlines.builder().storage(w.storage).clock(w.clock).calendar(w.calendar).staff(STAFF)
                .standards(ServiceDesk.standards(mine, SERVICE)).build();
        ServiceDesk desk = ServiceDesk.builder().storage(w.storage).clock(w.clock).calendar(w.calendar, SERVICE)
                .staff(STAFF).deadlines(deadlines).blueprint(mine).partsSupply(w.supply).labourTimes(new Guide())
                .team(TEAM_A).build();
        RepairOrderId ro = Walk.newWalkIn(desk);
        Walk.toApproved(desk, ro, Walk.oilChange());
        desk.dispatch(new Commands.Dispatch(ro, TEAM_A.name(), WANG));
        Deadline started = deadlines.find(DeadlineId.of(SubjectRef.of("repair-order", ro.value()),
                "dealer.start-within-30m")).orElseThrow();
        assertThat(started.due()).isEqualTo(at("2026-12-01T09:30:00"));
        w.clock.now = at("2026-12-01T09:20:00");
        desk.clockOn(new Commands.ClockOn(ro, TECH1, "L1", TECH1));
        assertThat(deadlines.find(started.id()).orElseThrow().status()).isEqualTo(Deadline.Status.MET);
    }

    /** The builder's reconfirmation lead moves the window: 60 minutes before a 14:00 arrival. */
    @Test
    void F2_F15_theReconfirmationLeadIsASetting() {
        Fixtures.World w = new Fixtures.World(b -> b.reconfirmLead(Duration.ofMinutes(60)));
        AppointmentId ap = AppointmentId.of(w.desk.book(booking("2026-12-01T14:00:00", "1")).get(0).subject());
        Deadline d = deadline(w, "appointment", ap.value(), ServiceDesk.RECONFIRM);
        assertThat(d.start()).isEqualTo(at("2026-12-01T12:40:00"));
        assertThat(d.due()).isEqualTo(at("2026-12-01T13:00:00"));
    }
}
