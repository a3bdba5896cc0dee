package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.value.LicencePlate;
import org.junit.jupiter.api.Test;

/** The follow-up call after delivery (F13), on a fixed clock and the bundled calendar. */
class FollowUpTest {

    final World w = new World();
    final FollowUpStatistics stats = new FollowUpStatistics(ZONE);

    {
        w.storage.events().subscribe(stats);
    }

    static RepairOrderId delivered(World w, StaffId advisor, String vehicle) {
        RepairOrderId ro = RepairOrderId.of(w.desk.checkIn(new Commands.CheckIn(null, zhang(), VehicleId.of(vehicle),
                LicencePlate.parse("京B54321"), "Sedan X", null, 1_000, advisor, List.of("Oil change"), true, null,
                false, advisor)).get(0).subject());
        Walk.toReady(w.desk, ro, Walk.oilChange());
        w.desk.recordCheck(new Commands.RecordCheck(ro, QualityCheck.Level.PRE_DELIVERY, true, null, null, advisor));
        w.desk.explainSettlement(new Commands.ExplainSettlement(ro, advisor));
        w.desk.signSettlement(new Commands.SignSettlement(ro, advisor));
        w.desk.takePayment(new Commands.TakePayment(ro, w.order(ro).settlement().total(), CASHIER));
        w.desk.deliver(new Commands.Deliver(ro, true, true, true, true, advisor));
        return ro;
    }

    static Commands.FollowUp happy(RepairOrderId ro, int score, String... tags) {
        return new Commands.FollowUp(ro, true, score, "in the customer's words", List.of(tags), null, WANG);
    }

    static Commands.ReturnVisit rework(String at, String hours) {
        return new Commands.ReturnVisit(Commands.ReturnVisit.Kind.REWORK, at(at), TEAM_A.name(), new BigDecimal(hours));
    }

    @Test
    void F13_anUnhappyFollowUpBooksAReturnVisitAndTheCarComesBackToCheckIn() {
        RepairOrderId ro = delivered(w, WANG, "v-1");
        List<ServiceEvent> events = w.desk.followUp(new Commands.FollowUp(ro, true, 2, "Brakes squeal again",
                List.of("problem-recurred"), rework("2026-12-03T10:00:00", "1.5"), WANG));

        assertThat(events).extracting(ServiceEvent::type)
                .containsExactly(ServiceEvents.FOLLOWED_UP, ServiceEvents.BOOKED);
        assertThat(events.get(0).details()).containsEntry("satisfaction", "2").containsEntry("unhappy", "true")
                .containsEntry("advisor", "wang").containsEntry("tags", "problem-recurred");
        assertThat(events.get(1).details()).containsEntry("return-of", ro.value()).containsEntry("return-kind", "REWORK");
        AppointmentId back = AppointmentId.of(events.get(1).subject());
        Appointment a = w.desk.appointment(back).orElseThrow().value();
        assertThat(a.status()).isEqualTo(RepairOrderStatus.BOOKED);
        assertThat(a.repairOrder()).isEqualTo(ro);
        assertThat(a.requests()).containsExactly("Brakes squeal again");
        assertThat(w.desk.workload(TEAM_A.name(), LocalDate.of(2026, 12, 3)).total()).isEqualByComparingTo("1.5");
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.FOLLOWED_UP);
        FollowUpRecord rec = w.desk.followUps(ro).orElseThrow();
        assertThat(rec.returnVisit()).isEqualTo(back);
        assertThat(rec.lastReached()).map(FollowUpRecord.Call::satisfaction).contains(2);
        assertThat(JsonTest.roundTrip(rec, FollowUpRecord.class)).isEqualTo(rec);

        // the order cannot close while the car is still to come back
        assertThat(catchThrowableOfType(BusinessRuleException.class,
                () -> w.desk.close(new Commands.Close(ro, WANG))).rule()).isEqualTo("follow-up.return-pending");
        // nor can the return open a second order
        assertThat(catchThrowableOfType(BusinessRuleException.class,
                () -> w.desk.checkIn(checkIn(back, 1_500))).rule()).isEqualTo("appointment.return-visit");

        w.clock.now = at("2026-12-03T10:05:00");
        List<ServiceEvent> arrived = w.desk.receiveReturn(new Commands.ReceiveReturn(back, 1_400, WANG));
        assertThat(arrived).extracting(ServiceEvent::type).containsExactly(ServiceEvents.ARRIVED, ServiceEvents.REWORK);
        RepairOrder again = w.order(ro);
        assertThat(again.status()).isEqualTo(RepairOrderStatus.CHECKED_IN);
        assertThat(again.requests()).extracting(Request::concern).containsExactly("Oil change", "Brakes squeal again");
        assertThat(again.vehicle().mileage().km()).isEqualTo(1_400);
        assertThat(again.checks()).isEmpty();
        assertThat(w.desk.appointment(back).orElseThrow().value().status()).isEqualTo(RepairOrderStatus.CHECKED_IN);
    }

    @Test
    void F13_nothingIsStoredWhenTheReturnVisitCannotBeBooked() {
        RepairOrderId ro = delivered(w, WANG, "v-1");
        w.desk.book(booking("2026-12-04T10:00:00", "12")); // 12.8 h usable: the day is all but full
        RepairOrder before = w.order(ro);
        long version = w.version(ro);
        long log = w.logSize();
        long messages = w.storage.repository(Notifications.TYPE).findRange(Notifications.BY_NEXT_ATTEMPT, null,
                Instant.MAX).size();

        BusinessRuleException e = catchThrowableOfType(BusinessRuleException.class, () -> w.desk.followUp(
                new Commands.FollowUp(ro, true, 1, "Still leaking", List.of("repair-quality"),
                        rework("2026-12-04T14:00:00", "2"), WANG)));

        assertThat(e.rule()).isEqualTo("appointment.day-full");
        assertThat(w.order(ro)).isEqualTo(before);
        assertThat(w.version(ro)).isEqualTo(version);
        assertThat(w.logSize()).isEqualTo(log);
        assertThat(w.desk.followUps(ro)).isEmpty();
        assertThat(w.storage.repository(Notifications.TYPE).findRange(Notifications.BY_NEXT_ATTEMPT, null,
                Instant.MAX)).hasSize((int) messages);
        assertThat(stats.remarks(Instant.EPOCH, Instant.MAX).reached()).isZero();
    }

    @Test
    void F13_aCallThatDoesNotReachTheCustomerIsRecordedAndTheOrderStaysDue() {
        RepairOrderId ro = delivered(w, WANG, "v-1");
        List<ServiceEvent> events = w.desk.followUp(new Commands.FollowUp(ro, false, null, null, List.of(), null, LI));

        assertThat(events).extracting(ServiceEvent::type).containsExactly(ServiceEvents.FOLLOW_UP_UNREACHED);
        assertThat(events.get(0).status()).isEqualTo(RepairOrderStatus.DELIVERED);
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.DELIVERED);
        assertThat(w.desk.followUps(ro).orElseThrow().unreached()).isEqualTo(1);
        // the next call reaches them
        w.desk.followUp(happy(ro, 5, "praise"));
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.FOLLOWED_UP);
        assertThat(w.desk.followUps(ro).orElseThrow().calls()).hasSize(2);
    }

    @Test
    void F13_badFollowUpInputListsEveryViolationInBothLanguages() {
        RepairOrderId ro = delivered(w, WANG, "v-1");
        long log = w.logSize();
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> w.desk.followUp(
                new Commands.FollowUp(ro, true, 9, " ", List.of("waiting-time", "weather"),
                        new Commands.ReturnVisit(Commands.ReturnVisit.Kind.REWORK, null, "night-shift", BigDecimal.ONE),
                        null)));

        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("satisfaction", "remarks",
                "tags[1]", "back.at", "back.team", "by");
        assertThat(e.violations()).allSatisfy(v -> {
            assertThat(v.message().en()).isNotBlank();
            assertThat(v.message().zh()).isNotBlank().isNotEqualTo(v.message().en());
        });
        assertThat(catchThrowableOfType(ValidationException.class, () -> w.desk.followUp(
                new Commands.FollowUp(ro, true, 2, "Bad", List.of(), null, WANG))).violations())
                .extracting(Violation::code).containsExactly("followUp.returnRequired");
        assertThat(w.logSize()).isEqualTo(log);
        assertThat(w.order(ro).status()).isEqualTo(RepairOrderStatus.DELIVERED);
    }

    @Test
    void F13_remarkStatisticsByTagAdvisorAndPeriodMatchAHandCountAndTheRebuiltModel() {
        RepairOrderId o1 = delivered(w, WANG, "v-1");
        RepairOrderId o2 = delivered(w, WANG, "v-2");
        RepairOrderId o3 = delivered(w, LI, "v-3");
        RepairOrderId o4 = delivered(w, LI, "v-4");
        w.clock.now = at("2026-12-02T10:00:00");
        w.desk.followUp(happy(o1, 5, "praise", "on-time"));
        w.clock.now = at("2026-12-03T10:00:00");
        w.desk.followUp(happy(o2, 3, "waiting-time", "price"));
        w.desk.markForTraining(new Commands.MarkForTraining(o1, "Explained every line before the customer paid",
                MANAGER));
        w.clock.now = at("2027-01-04T10:00:00");
        w.desk.followUp(happy(o3, 4, "waiting-time"));
        w.desk.followUp(new Commands.FollowUp(o4, false, null, null, List.of(), null, WANG));
        w.clock.now = at("2027-01-05T10:00:00");
        w.desk.followUp(new Commands.FollowUp(o4, true, 2, "Noise is back", List.of("problem-recurred", "waiting-time"),
                rework("2027-01-06T10:00:00", "1"), WANG));

        RemarkStatistics all = stats.remarks(at("2026-12-01T00:00:00"), at("2027-02-01T00:00:00"));
        // hand count: 4 answered calls, 1 unanswered, 1 unhappy
        assertThat(all.reached()).isEqualTo(4);
        assertThat(all.unreached()).isEqualTo(1);
        assertThat(all.unhappy()).isEqualTo(1);
        assertThat(all.scores()).isEqualTo(Map.of(2, 1L, 3, 1L, 4, 1L, 5, 1L));
        assertThat(all.byTag()).isEqualTo(Map.of("praise", 1L, "on-time", 1L, "waiting-time", 3L, "price", 1L,
                "problem-recurred", 1L));
        assertThat(all.byAdvisor()).isEqualTo(Map.of(
                "wang", Map.of("praise", 1L, "on-time", 1L, "waiting-time", 1L, "price", 1L),
                "li", Map.of("waiting-time", 2L, "problem-recurred", 1L)));
        assertThat(all.byMonth()).isEqualTo(Map.of(
                YearMonth.of(2026, 12), Map.of("praise", 1L, "on-time", 1L, "waiting-time", 1L, "price", 1L),
                YearMonth.of(2027, 1), Map.of("waiting-time", 2L, "problem-recurred", 1L)));
        assertThat(all.training()).isEqualTo(Map.of(o1.value(), "Explained every line before the customer paid"));

        RemarkStatistics december = stats.remarks(at("2026-12-01T00:00:00"), at("2027-01-01T00:00:00"));
        assertThat(december.reached()).isEqualTo(2);
        assertThat(december.unreached()).isZero();
        assertThat(december.byTag()).isEqualTo(Map.of("praise", 1L, "on-time", 1L, "waiting-time", 1L, "price", 1L));

        FollowUpStatistics rebuilt = new FollowUpStatistics(ZONE);
        assertThat(rebuilt.rebuild(w.storage.events())).isEqualTo(w.logSize());
        assertThat(rebuilt.remarks(at("2026-12-01T00:00:00"), at("2027-02-01T00:00:00"))).isEqualTo(all);
        assertThat(rebuilt.remarks(at("2026-12-01T00:00:00"), at("2027-01-01T00:00:00"))).isEqualTo(december);
    }

    @Test
    void F13_theRemarkTagsAreBilingualData() {
        Vocabulary tags = Vocabulary.remarkTags();
        assertThat(tags.codes()).contains("waiting-time", "problem-recurred", "praise");
        assertThat(tags.label("waiting-time")).hasValueSatisfying(l -> assertThat(l.zh()).isEqualTo("等待时间"));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Vocabulary.fromJson(
                "{\"entries\": [{\"code\": \"Bad Code\", \"en\": \"x\", \"zh\": \"\"},"
                        + " {\"code\": \"ok\", \"en\": \"a\", \"zh\": \"甲\"}, {\"code\": \"ok\", \"en\": \"b\", \"zh\": \"乙\"}]}"));
        assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("entries[0].code", "entries[0].zh", "entries[2].code");
    }
}
