package org.aftersales.core.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.EscalationStep.Escalation;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Storage;

/** A service department with a lunch gap, on the bundled 2026 arrangement, and its staff. */
final class DeadlineFixtures {

    static final DepartmentId SERVICE = DepartmentId.of("service");
    static final StaffId WANG = StaffId.of("wang");
    static final StaffId LI = StaffId.of("li");
    static final StaffId ZHAO = StaffId.of("zhao");
    static final String HOURS = """
            {"openingHours": {"service": {
                "MONDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "TUESDAY":   [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "WEDNESDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "THURSDAY":  [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "FRIDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "17:30"}],
                "SATURDAY":  [{"open": "09:00", "close": "12:00"}]}}}""";
    static final StaffDirectory STAFF = StaffDirectory.of(
            List.of(new Department(SERVICE, DepartmentKind.SERVICE, "Service", ZHAO)),
            List.of(new StaffMember(WANG, "Wang", SERVICE, Set.of(Role.SERVICE_ADVISOR), LI),
                    new StaffMember(LI, "Li", SERVICE, Set.of(Role.SERVICE_ADVISOR), WANG),
                    new StaffMember(ZHAO, "Zhao", SERVICE, Set.of(Role.MANAGER), null)));
    /** 4 business hours; remind the owner at 80%, the manager at 100% and 150%. */
    static final Standard REPAIR_ESTIMATE = new Standard("estimate-within-4h",
            Target.business(SERVICE, Duration.ofHours(4)),
            List.of(EscalationStep.at(80, Escalation.OWNER), EscalationStep.at(100, Escalation.OWNER_MANAGER),
                    EscalationStep.at(150, Escalation.DEPARTMENT_MANAGER)));
    static final Standard ONE_HOUR = new Standard("answer-within-1h", Target.business(SERVICE, Duration.ofHours(1)),
            List.of());
    static final Standard PLAIN_DAY = new Standard("follow-up-next-day", Target.plain(Duration.ofHours(24)),
            List.of(EscalationStep.at(50, Escalation.OWNER)));

    private DeadlineFixtures() {
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    static Deadlines.Builder service(Storage storage) {
        return Deadlines.builder().storage(storage)
                .clock(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC))
                .calendar(BusinessCalendar.fromJson(HOURS)).staff(STAFF)
                .standard(REPAIR_ESTIMATE).standard(ONE_HOUR).standard(PLAIN_DAY);
    }

    static SetDeadline set(String subject, Standard standard, StaffId owner, String start) {
        return new SetDeadline(SubjectRef.of("repair-order", subject), standard.code(), owner, at(start));
    }
}
