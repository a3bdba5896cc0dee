package org.aftersales.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.deadline.SetDeadline;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.deadline.Target;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;
import org.junit.jupiter.api.Test;

/** C12, C13: a deadline's firing and its alert are stored together, or not at all. */
class DeadlineAlertsTest {

    static final DepartmentId PARTS = DepartmentId.of("parts");
    static final StaffId CHEN = StaffId.of("chen");
    static final StaffId SUN = StaffId.of("sun");
    static final Standard ANSWER = new Standard("answer-parts-request", Target.business(PARTS, Duration.ofMinutes(5)),
            List.of(EscalationStep.at(200, EscalationStep.Escalation.OWNER_MANAGER)));

    final Storage storage = Storage.inMemory();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    Deadlines deadlines(Notifications outbox) {
        return Deadlines.builder().storage(storage).clock(clock)
                .calendar(BusinessCalendar.fromJson(
                        "{\"openingHours\": {\"parts\": {\"MONDAY\": [{\"open\": \"08:00\", \"close\": \"18:00\"}]}}}"))
                .staff(StaffDirectory.of(List.of(new Department(PARTS, DepartmentKind.PARTS, "Parts", SUN)),
                        List.of(new StaffMember(CHEN, "Chen", PARTS, Set.of(Role.PARTS_CLERK), null),
                                new StaffMember(SUN, "Sun", PARTS, Set.of(Role.MANAGER), null))))
                .standard(ANSWER).listener(new DeadlineAlerts(outbox, ZoneId.of("Asia/Shanghai"))).build();
    }

    @Test
    void C13_aFiringQueuesItsAlertInTheSameUnitOfWork() {
        NotificationsTest.FlakySender alerts = new NotificationsTest.FlakySender("intranet", Channel.STAFF_ALERT, 0);
        Notifications outbox = Notifications.builder().storage(storage).clock(clock)
                .templates(DeadlineAlerts.templates()).sender(alerts).build();
        Deadlines deadlines = deadlines(outbox);
        deadlines.set(new SetDeadline(SubjectRef.of("parts-request", "PR-7"), ANSWER.code(), CHEN, at("2026-11-23T10:00")));
        assertThat(deadlines.due(at("2026-11-23T10:12"))).hasSize(2);
        assertThat(outbox.deliverPending(at("2026-11-23T10:12"))).hasSize(2);
        assertThat(alerts.tried).extracting(m -> m.to().id() + ": " + m.text()).containsExactlyInAnyOrder(
                "chen: parts-request PR-7：answer-parts-request 应于 2026-11-23 10:05 完成，按营业时间已超时 0h07m。",
                "sun: parts-request PR-7：answer-parts-request 的时限已过 200%，应于 2026-11-23 10:05 完成。");
    }

    @Test
    void C13_anAlertThatCannotBeQueuedLeavesTheFiringUnstored() {
        Notifications noStaffChannel = Notifications.builder().storage(storage).clock(clock)
                .templates(DeadlineAlerts.templates()).build();
        Deadlines deadlines = deadlines(noStaffChannel);
        Deadline d = deadlines.set(new SetDeadline(SubjectRef.of("parts-request", "PR-7"), ANSWER.code(), CHEN,
                at("2026-11-23T10:00")));
        assertThatThrownBy(() -> deadlines.due(at("2026-11-23T10:12")))
                .isInstanceOfSatisfying(PluginFailureException.class,
                        e -> assertThat(e.pluginId()).isEqualTo("deadline-alerts"));
        assertThat(deadlines.find(d.id()).orElseThrow().missedFired()).isFalse();
        assertThat(storage.repository(Notifications.TYPE).findRange(Notifications.BY_NEXT_ATTEMPT, null, null)).isEmpty();
    }
}
