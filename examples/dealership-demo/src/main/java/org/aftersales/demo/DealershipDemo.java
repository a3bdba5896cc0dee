package org.aftersales.demo;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.Routing;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.PhoneNumber;
import org.aftersales.core.value.Vin;
import org.aftersales.demo.cli.Tool;
import org.aftersales.demo.parts.PartsCommands;
import org.aftersales.demo.scoring.ScoringDemo;

/**
 * The demo's main class: the command-line tool ({@link Tool}), whose default command is the day
 * at the dealership (E1), and the short tour ({@code tour}) of values, business time and A/B
 * cover: {@code ./mvnw -q -B -pl examples/dealership-demo -am package exec:java -DskipTests}.
 */
public final class DealershipDemo {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", java.util.Locale.ENGLISH);

    private final PrintStream out;

    DealershipDemo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the tool: with no arguments, the day at the dealership; {@code --help} lists the
     * commands. Exits with the tool's code when it is not 0.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = Tool.run(args, out, err, java.util.Map.of(), System.console() != null);
        out.flush();
        err.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The short tour: values, business time, A/B cover, a placement and two scorecards.
     *
     * @param out where to print
     */
    public static void tour(PrintStream out) {
        new DealershipDemo(out).run();
    }

    void run() {
        reception();
        calendar();
        backups();
        PartsCommands.demo(out);
        new ScoringDemo(out).run();
    }

    private void reception() {
        out.println("== Reception: checking what the customer tells us ==");
        Vin vin = Vin.parse("LSVAA4182E2101238");
        out.println("VIN            " + vin + "  (maker code " + vin.manufacturer() + ", check digit "
                + vin.value().charAt(8) + " verified)");
        LicencePlate plate = LicencePlate.parse("粤B D12345");
        out.println("Plate          " + plate + "  (" + plate.kind() + ")");
        PhoneNumber phone = PhoneNumber.parse("+86 138-1234-5678");
        out.println("Phone          " + phone + "  (" + phone.kind() + ", typed as +86 138-1234-5678)");
        Money estimate = Money.ofYuan("180.00").times(2).plus(Money.ofYuan("35.5"));
        out.println("Estimate       " + estimate + "  (2 h labour at 180.00 plus a 35.5 filter)");
        out.println("A mistyped VIN and a foreign plate are refused, with every problem in both languages:");
        for (String text : List.of("LSVAA4180E2101238", "LSVAA4182E21O123")) {
            refusal(() -> Vin.parse(text));
        }
        refusal(() -> LicencePlate.parse("港A12345"));
        out.println();
    }

    private void refusal(Runnable attempt) {
        try {
            attempt.run();
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                out.println("  - " + v.message().en());
                out.println("    " + v.message().zh());
            }
        }
    }

    private void calendar() {
        out.println("== Business time: when is a 4-hour job promised? ==");
        BusinessCalendar cal = BusinessCalendar.fromJson(resource("/calendar/dealership-2026.json"));
        DepartmentId service = DepartmentId.of("service");
        for (String start : List.of("2026-09-30T15:00", "2026-09-19T15:00", "2026-11-23T16:00")) {
            Instant from = ZonedDateTime.parse(start + "+08:00[Asia/Shanghai]").toInstant();
            Instant due = cal.plus(service, from, Duration.ofHours(4));
            out.println("Accepted " + WHEN.format(from.atZone(cal.zone())) + "  ->  promised "
                    + WHEN.format(due.atZone(cal.zone())) + note(cal, from, due));
        }
        out.println("Festival greetings on 2026-09-25: "
                + cal.festival(LocalDate.of(2026, 9, 25)).map(f -> f.label().toString()).orElse("none"));
        out.println();
    }

    private static String note(BusinessCalendar cal, Instant from, Instant due) {
        LocalDate a = from.atZone(cal.zone()).toLocalDate();
        LocalDate b = due.atZone(cal.zone()).toLocalDate();
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
            if (cal.holiday(d).isPresent()) {
                return "  (the " + cal.holiday(d).get() + " holiday does not count)";
            }
            if (d.getDayOfWeek().getValue() == 7 && cal.isWorkingDay(DepartmentId.of("service"), d)) {
                return "  (Sunday " + d + " is a make-up working day)";
            }
        }
        return "";
    }

    private void backups() {
        out.println("== A/B backup: Wang is on leave and Li is at lunch ==");
        StaffId wang = StaffId.of("wang");
        StaffId li = StaffId.of("li");
        StaffId chen = StaffId.of("chen");
        DepartmentId service = DepartmentId.of("service");
        StaffDirectory staff = StaffDirectory.of(
                List.of(new Department(service, DepartmentKind.SERVICE, "Service", chen)),
                List.of(new StaffMember(wang, "Wang Fang", service, Set.of(Role.SERVICE_ADVISOR), li),
                        new StaffMember(li, "Li Wei", service, Set.of(Role.SERVICE_ADVISOR), chen),
                        new StaffMember(chen, "Chen Jun", service, Set.of(Role.MANAGER, Role.SERVICE_ADVISOR), null)));
        Routing r = staff.route(wang, Set.of(wang, li)::contains);
        out.println("Work for Wang goes to " + r.assignee().map(id -> staff.member(id).name()).orElse("nobody")
                + " (passed over: " + r.skipped() + ")");
        Routing none = staff.route(wang, id -> true);
        out.println("If everyone is out: assigned=" + none.assigned() + ", the decision falls to manager "
                + none.decider().map(id -> staff.member(id).name()).orElse("-"));
    }

    private static String resource(String name) {
        try (InputStream in = DealershipDemo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
