package org.aftersales.benchmarks.complaints;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.aftersales.complaints.Complaint;
import org.aftersales.complaints.ComplaintDesk;
import org.aftersales.complaints.IntakeChannel;
import org.aftersales.complaints.Links;
import org.aftersales.complaints.Obligation;
import org.aftersales.complaints.Severity;
import org.aftersales.complaints.Stage;
import org.aftersales.complaints.Status;
import org.aftersales.complaints.StatusChange;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The overdue list (K10) over {@code open} open complaints on the in-memory store:
 * {@code ComplaintDesk.overdue(now)}, answered from the sorted {@code next-due} index, beside the
 * floor a user would write without it, a scan of every open complaint filtered on its next due
 * instant. The due instants are spread evenly over 30 days and {@code now} lies
 * {@code overduePercent} into that span, so the list holds that share of the complaints. Goal:
 * under 10 ms for 100,000 open complaints with 1% overdue.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests && java -jar
 * examples/benchmarks/target/benchmarks.jar OverdueListBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class OverdueListBenchmark {

    static final DepartmentId CARE = DepartmentId.of("customer-care");
    static final StaffId WANG = StaffId.of("wang");
    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(30);

    /** How many open complaints are stored. */
    @Param({"100000"})
    public int open;

    /** The share of them that is overdue, in percent. */
    @Param({"1", "10"})
    public int overduePercent;

    /** How the list is made: from the index, or by scanning the open complaints. */
    @Param({"index", "scan"})
    public String how;

    ComplaintDesk desk;
    Repository<ComplaintNumber, Complaint> repository;
    Instant now;

    /** Stores the complaints, each with one running limit. */
    @Setup
    public void fill() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        Storage storage = Storage.builder().discovery(false).clock(clock).build();
        BusinessCalendar calendar = BusinessCalendar.fromJson("""
                {"openingHours": {"customer-care": {
                    "MONDAY": [{"open": "08:30", "close": "17:30"}], "TUESDAY": [{"open": "08:30", "close": "17:30"}],
                    "WEDNESDAY": [{"open": "08:30", "close": "17:30"}], "THURSDAY": [{"open": "08:30", "close": "17:30"}],
                    "FRIDAY": [{"open": "08:30", "close": "17:30"}]}}}""");
        StaffDirectory staff = StaffDirectory.of(
                List.of(new Department(CARE, DepartmentKind.CUSTOMER_CARE, "Customer care", WANG)),
                List.of(new StaffMember(WANG, "Wang", CARE, Set.of(Role.MANAGER), null)));
        Notifications outbox = Notifications.builder().storage(storage).clock(clock)
                .templates(ComplaintDesk.templates()).build();
        Deadlines deadlines = Deadlines.builder().storage(storage).clock(clock).calendar(calendar).staff(staff).build();
        desk = ComplaintDesk.builder().storage(storage).clock(clock).calendar(calendar).staff(staff)
                .deadlines(deadlines).notifications(outbox).department(CARE).build();
        repository = storage.repository(ComplaintDesk.TYPE);
        for (int i = 0; i < open; i++) {
            ComplaintNumber number = ComplaintNumber.of(String.format("CP-2026-%06d", i + 1));
            Instant due = START.plus(SPAN.multipliedBy(i).dividedBy(open));
            repository.save(new Complaint(number, IntakeChannel.PHONE, WANG, START, WANG, null,
                    Links.customer(CustomerId.of("C-" + (i % 5000))), "words", null, null, Severity.NORMAL, null,
                    null, Stage.LISTENING, Status.OPEN, List.of(new StatusChange(Status.OPEN, START, WANG)), List.of(),
                    null, null, null, null, List.of(), null, null, null, null,
                    Map.of(Obligation.FIRST_ANSWER, due), Set.of(), false), Versioned.NEW);
        }
        now = START.plusSeconds(SPAN.toSeconds() * overduePercent / 100);
    }

    /**
     * The overdue list.
     *
     * @return the overdue complaints
     */
    @Benchmark
    public List<Complaint> overdue() {
        if ("index".equals(how)) {
            return desk.overdue(now);
        }
        return repository.findBy(ComplaintDesk.OPEN, "open").stream().map(Versioned::value)
                .filter(c -> c.nextDue() != null && !c.nextDue().isAfter(now)).toList();
    }
}
