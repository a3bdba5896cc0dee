package org.aftersales.benchmarks.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.DeadlineId;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.deadline.SubjectRef;
import org.aftersales.core.deadline.Target;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;

/**
 * Fills an in-memory store with pending deadlines: deadline {@code i} is due at
 * {@link #FIRST_DUE} plus {@code i} seconds, on a plain one-hour target with no escalation step,
 * so that each later second brings exactly one more due. They are stored as the service stores
 * them (the same snapshot, the same indexes), through the repository directly so that filling a
 * million takes seconds.
 */
final class PendingDeadlines {

    static final Instant FIRST_DUE = Instant.parse("2026-03-02T01:00:00Z");
    static final StaffId OWNER = StaffId.of("wang");
    static final Standard STANDARD = new Standard("answer-within-1h", Target.plain(Duration.ofHours(1)), List.of());

    private PendingDeadlines() {
    }

    static Deadline pending(int i) {
        SubjectRef subject = SubjectRef.of("repair-order", "RO-" + i);
        Instant due = FIRST_DUE.plusSeconds(i);
        return new Deadline(DeadlineId.of(subject, STANDARD.code()), subject, STANDARD.code(), OWNER,
                STANDARD.target(), STANDARD.steps(), due.minus(STANDARD.target().duration()), List.of(),
                Deadline.Status.OPEN, null, due, List.of(), false, 0);
    }

    static void fill(Storage storage, int from, int to) {
        Repository<DeadlineId, Deadline> repo = storage.repository(Deadlines.TYPE);
        for (int i = from; i < to; i++) {
            repo.save(pending(i), Versioned.NEW);
        }
    }

    static Deadlines service(Storage storage) {
        StaffDirectory staff = StaffDirectory.of(
                List.of(new Department(Calendars.SERVICE, DepartmentKind.SERVICE, "Service", OWNER)),
                List.of(new StaffMember(OWNER, "Wang", Calendars.SERVICE, Set.of(Role.SERVICE_ADVISOR), null)));
        return Deadlines.builder().storage(storage).clock(Clock.fixed(FIRST_DUE, ZoneOffset.UTC))
                .calendar(Calendars.service()).staff(staff).standard(STANDARD).build();
    }
}
