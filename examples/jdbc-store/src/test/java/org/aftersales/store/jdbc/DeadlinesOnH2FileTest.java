package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineEscalated;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.deadline.SetDeadline;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.deadline.Target;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deadlines (C13) persist like any aggregate: one set before the application stops fires after
 * it starts again on the same embedded H2 file, once, and its event is read back from the log.
 */
class DeadlinesOnH2FileTest {

    private static final DepartmentId SERVICE = DepartmentId.of("service");
    private static final StaffId WANG = StaffId.of("wang");
    private static final StaffId ZHAO = StaffId.of("zhao");
    private static final Standard ESTIMATE = new Standard("estimate-within-4h",
            Target.business(SERVICE, Duration.ofHours(4)), List.of(EscalationStep.at(80, EscalationStep.Escalation.OWNER)));

    @TempDir
    Path folder;

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    private Storage open() {
        return Storage.builder().discovery(false).provider(new JdbcStorageProvider(JdbcStoreConfig.builder()
                .url("jdbc:h2:file:" + folder.resolve("dealer").toAbsolutePath())
                .eventType("deadline.escalated", DeadlineEscalated.class).build())).build();
    }

    private static Deadlines deadlines(Storage storage) {
        return Deadlines.builder().storage(storage)
                .clock(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC))
                .calendar(BusinessCalendar.fromJson("""
                        {"openingHours": {"service": {
                            "MONDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}]}}}"""))
                .staff(StaffDirectory.of(List.of(new Department(SERVICE, DepartmentKind.SERVICE, "Service", ZHAO)),
                        List.of(new StaffMember(WANG, "Wang", SERVICE, Set.of(Role.SERVICE_ADVISOR), null),
                                new StaffMember(ZHAO, "Zhao", SERVICE, Set.of(Role.MANAGER), null))))
                .standard(ESTIMATE).build();
    }

    @Test
    void C13_aDeadlineSetBeforeARestartFiresOnceAfterIt() {
        Deadline set;
        try (Storage before = open()) {
            set = deadlines(before).set(new SetDeadline(SubjectRef.of("repair-order", "RO-1"), ESTIMATE.code(), WANG,
                    at("2026-11-23T09:00")));
        }
        try (Storage after = open()) {
            Deadlines again = deadlines(after);
            assertThat(again.find(set.id())).contains(set);
            List<DeadlineEvent> fired = again.due(at("2026-11-23T13:50"));
            assertThat(fired).singleElement().isInstanceOf(DeadlineEscalated.class);
            assertThat(again.due(at("2026-11-23T13:50"))).as("fired once").isEmpty();
        }
        try (Storage third = open()) {
            assertThat(third.events().since(0, 10)).extracting(StoredEvent::event).singleElement()
                    .isInstanceOfSatisfying(DeadlineEscalated.class, e -> assertThat(e.recipient()).isEqualTo(WANG));
        }
    }
}
