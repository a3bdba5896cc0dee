package org.aftersales.complaints;

import static org.aftersales.complaints.Fixture.BY_SMS;
import static org.aftersales.complaints.Fixture.CAR;
import static org.aftersales.complaints.Fixture.LIU;
import static org.aftersales.complaints.Fixture.RO;
import static org.aftersales.complaints.Fixture.WANG;
import static org.aftersales.complaints.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.PauseInterval;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.notification.Channel;
import org.aftersales.core.notification.spi.OutgoingMessage;
import org.aftersales.core.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * K7, K10: time limits in business time on the bundled 2026 calendar with a fixed clock; the
 * customer-care desk is open 08:30-12:00 and 13:30-17:30 on weekdays, 09:00-12:00 on Saturdays.
 */
class SlaTest {

    static Complaint receive(Fixture f, Severity severity) {
        return f.desk.receive(new ComplaintCommand.Receive(WANG, IntakeChannel.IN_PERSON, new Links(LIU, CAR, RO, null),
                "Charged twice for the same oil change.", new CustomerContact("13800000001", BY_SMS), severity));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // Wed 16:30 + 4 h: 1 h on Wednesday, 1-7 October off, 3 h on Thursday 8 October
        "across the National Day holiday, 2026-09-30T16:30, NORMAL, 2026-10-08T11:30",
        // Fri 16:30 + 4 h: 1 h on Friday, then Saturday 10 October works as a Monday (08:30, not 09:00)
        "a make-up working day, 2026-10-09T16:30, NORMAL, 2026-10-10T11:30",
        // 11:30 + 1 h: 30 min before lunch, 30 min after it
        "across the lunch gap, 2026-11-23T11:30, CRITICAL, 2026-11-23T14:00",
    })
    void K10_firstAnswerIsDueInBusinessTime(String what, String received, Severity severity, String due) {
        Fixture f = new Fixture(received);
        Complaint c = receive(f, severity);
        assertThat(c.due().get(Obligation.FIRST_ANSWER)).as(what).isEqualTo(at(due));
        assertThat(f.desk.deadline(c, Obligation.FIRST_ANSWER).orElseThrow().due()).isEqualTo(at(due));
    }

    @Test
    void K10_pauseAndResumeMoveTheLimitsByThePausedBusinessTimeFromTheHistory() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = receive(f, Severity.NORMAL).number();
        assertThat(f.due(n)).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-23T14:30"));
        f.now("2026-11-23T10:00");
        Complaint paused = f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.WAITING_FOR_CUSTOMER));
        assertThat(paused.due()).as("nothing runs while waiting for the customer").isEmpty();
        assertThat(f.desk.overdue(at("2026-11-23T16:00"))).isEmpty();
        f.now("2026-11-23T15:00");
        Complaint resumed = f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.OPEN));
        // 1 h ran before the pause; 3 h are left from 15:00: 2.5 h on Monday, 0.5 h on Tuesday
        assertThat(resumed.due()).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-24T09:00"));
        assertThat(resumed.history()).extracting(StatusChange::status, StatusChange::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.OPEN, at("2026-11-23T09:00")),
                org.assertj.core.groups.Tuple.tuple(Status.WAITING_FOR_CUSTOMER, at("2026-11-23T10:00")),
                org.assertj.core.groups.Tuple.tuple(Status.OPEN, at("2026-11-23T15:00")));
        // 10:00-12:00 and 13:30-15:00, read from the status history
        Duration fromHistory = f.desk.pausedTime(resumed, at("2026-11-30T00:00"));
        assertThat(fromHistory).isEqualTo(Duration.ofMinutes(210));
        Deadline firstAnswer = f.desk.deadline(resumed, Obligation.FIRST_ANSWER).orElseThrow();
        assertThat(f.deadlines.pausedTime(firstAnswer, at("2026-11-30T00:00"))).isEqualTo(fromHistory);
    }

    @Test
    void K10_pausedStraightToResolvedKeepsThePausedTime() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = receive(f, Severity.NORMAL).number();
        f.toResolving(n, Cause.PRICE);
        f.now("2026-11-23T10:00");
        f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.WAITING_FOR_PARTS));
        f.now("2026-11-23T16:00");
        Complaint resolved = f.desk.resolve(new ComplaintCommand.Resolve(n, WANG, "Sorry for the double charge",
                List.of(Remedy.of(RemedyKind.REFUND, org.aftersales.core.value.Money.ofYuan("380.00")))));
        assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
        assertThat(resolved.due()).isEmpty();
        // 10:00-12:00 and 13:30-16:00 stood still, though the complaint never went back to open
        assertThat(f.desk.pausedTime(resolved, at("2026-11-30T00:00"))).isEqualTo(Duration.ofMinutes(270));
        Deadline resolution = f.desk.deadline(resolved, Obligation.RESOLUTION).orElseThrow();
        assertThat(resolution.status()).isEqualTo(Deadline.Status.MET);
        assertThat(resolution.pauses()).containsExactly(new PauseInterval(at("2026-11-23T10:00"), at("2026-11-23T16:00")));
        assertThat(f.deadlines.pausedTime(resolution, at("2026-11-30T00:00"))).isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void K10_aSeverityRaisedHalfwayRecomputesFromTheStartWithThePauses() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = receive(f, Severity.NORMAL).number();
        f.now("2026-11-23T09:10");
        f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.WAITING_FOR_CUSTOMER));
        f.now("2026-11-23T09:20");
        f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.OPEN));
        f.now("2026-11-23T09:30");
        Complaint raised = f.desk.changeSeverity(new ComplaintCommand.ChangeSeverity(n, WANG, Severity.CRITICAL));
        // CRITICAL: 1 h from 09:00, plus the 10 minutes paused
        assertThat(raised.due()).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-23T10:10"));
        // 16 h: Mon 6 h 50 min, Tue 7 h 30 min, Wed 08:30-10:10
        assertThat(raised.due()).containsEntry(Obligation.RESOLUTION, at("2026-11-25T10:10"));
        Complaint before = new Complaint(raised.number(), raised.channel(), raised.receivedBy(), raised.receivedAt(),
                raised.owner(), null, raised.links(), raised.words(), null, null, Severity.NORMAL, null, null,
                raised.stage(), raised.status(), raised.history(), List.of(), null, null, null, null, List.of(), null,
                null, null, null, Map.of(), null, false);
        assertThat(f.desk.deadline(before, Obligation.FIRST_ANSWER).orElseThrow().status())
                .isEqualTo(Deadline.Status.CANCELLED);
        assertThat(f.desk.overdue(at("2026-11-23T10:09"))).isEmpty();
        assertThat(f.desk.overdue(at("2026-11-23T10:10"))).extracting(Complaint::number).containsExactly(n);
        assertThat(f.storage.events().since(0, 1000)).extracting(StoredEvent::event)
                .filteredOn(e -> e instanceof ComplaintEvent.SeverityChanged).hasSize(1);
    }

    @Test
    void K10_aChangedPolicyRecomputesEveryOpenComplaintFromTheStart() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = receive(f, Severity.NORMAL).number();
        f.now("2026-11-23T09:30");
        f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.WAITING_FOR_CUSTOMER));
        f.now("2026-11-23T10:00");
        f.desk.changeStatus(new ComplaintCommand.ChangeStatus(n, WANG, Status.OPEN));
        assertThat(f.due(n)).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-23T15:00"));
        int changed = f.desk.usePolicy(StandardSlaPolicy.defaults().withTargets(Severity.NORMAL,
                new SlaTargets(Duration.ofHours(2), Duration.ofHours(16), Duration.ofHours(40))));
        assertThat(changed).isEqualTo(1);
        // 2 h from 09:00, plus the 30 minutes paused
        assertThat(f.due(n)).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-23T11:30"));
        assertThat(f.desk.deadline(f.desk.get(n), Obligation.FIRST_ANSWER).orElseThrow().due())
                .isEqualTo(at("2026-11-23T11:30"));
        assertThat(f.desk.overdue(at("2026-11-23T11:30"))).extracting(Complaint::number).containsExactly(n);
    }

    @Test
    void K10_theSameDeadlinesUnderAnyJvmTimeZone() {
        TimeZone before = TimeZone.getDefault();
        List<Map<Obligation, java.time.Instant>> seen = new ArrayList<>();
        try {
            for (String zone : List.of("Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "UTC")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Fixture f = new Fixture("2026-09-30T16:30");
                ComplaintNumber n = receive(f, Severity.NORMAL).number();
                f.desk.answer(new ComplaintCommand.Answer(n, WANG, "We are looking into it"));
                seen.add(f.due(n));
            }
        } finally {
            TimeZone.setDefault(before);
        }
        assertThat(seen).hasSize(4).allSatisfy(due -> assertThat(due).isEqualTo(seen.get(0)));
        assertThat(seen.get(0)).containsEntry(Obligation.UPDATE, at("2026-10-09T17:30"));
    }

    @Test
    void K10_anEscalationMessageToTheCustomerDueAtNightWaitsUntilMorning() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = receive(f, Severity.NORMAL).number();
        f.now("2026-11-23T22:00");
        List<DeadlineEvent> fired = f.deadlines.due(f.clock.instant());
        assertThat(fired).isNotEmpty();
        f.outbox.deliverPending(f.clock.instant());
        assertThat(f.sent).extracting(OutgoingMessage::channel).containsOnly(Channel.STAFF_ALERT).hasSize(2);
        f.now("2026-11-24T07:59");
        f.outbox.deliverPending(f.clock.instant());
        assertThat(f.sent).extracting(OutgoingMessage::channel).doesNotContain(Channel.SMS);
        f.now("2026-11-24T08:00");
        f.outbox.deliverPending(f.clock.instant());
        assertThat(f.sent).filteredOn(m -> m.channel() == Channel.SMS).singleElement().satisfies(m -> {
            assertThat(m.to().id()).isEqualTo(LIU.value());
            assertThat(m.text()).contains(n.value());
        });
    }

    @Test
    @Timeout(30)
    void K7_eachEscalationStepFiresExactlyOnceWhateverHowOftenAndFromHowManyThreadsDueIsCalled() throws Exception {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = receive(f, Severity.NORMAL).number();
        f.now("2026-11-23T15:00");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DeadlineEvent>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> f.deadlines.due(f.clock.instant())));
            }
            int total = 0;
            for (Future<List<DeadlineEvent>> r : runs) {
                total += r.get(20, TimeUnit.SECONDS).size();
            }
            // 80% reminder, 100% to the manager, and the miss: once each
            assertThat(total).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.deadlines.due(f.clock.instant())).isEmpty();
        assertThat(f.storage.events().since(0, 1000)).extracting(StoredEvent::event)
                .filteredOn(e -> e instanceof ComplaintEvent.Escalated)
                .extracting(e -> ((ComplaintEvent.Escalated) e).percent()).containsExactly(80, 100);
        assertThat(f.desk.get(n).missed()).containsExactly(Obligation.FIRST_ANSWER);
        f.outbox.deliverPending(f.clock.instant());
        assertThat(f.sent).hasSize(3);
    }

    @Test
    void K7_aReminderForAnAbsentOwnerGoesToTheirBackup() {
        Fixture f = new Fixture("2026-11-23T09:00", b -> b, s -> s.equals(WANG));
        receive(f, Severity.NORMAL);
        f.now("2026-11-23T14:00");
        f.deadlines.due(f.clock.instant());
        f.outbox.deliverPending(f.clock.instant());
        assertThat(f.sent).extracting(m -> m.to().id()).containsExactly(Fixture.LI.value());
    }
}
