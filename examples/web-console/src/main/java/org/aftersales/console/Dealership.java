package org.aftersales.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.event.Actor;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.Department;
import org.aftersales.core.party.DepartmentKind;
import org.aftersales.core.party.Role;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.party.StaffMember;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Catalogue;
import org.aftersales.core.scoring.Catalogues;
import org.aftersales.core.scoring.EvidenceSource;
import org.aftersales.core.scoring.ItemResult;
import org.aftersales.core.scoring.RecordAssessment;
import org.aftersales.core.scoring.Scoring;
import org.aftersales.core.scoring.Subject;
import org.aftersales.core.store.Storage;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.StockSnapshot;

/**
 * The seeded dealership the console shows: its staff with their roles and sign-in accounts,
 * the demo's sample parts warehouse, and half a year of assessments against the parts
 * department standard (kept in the console's store, written once by {@link #seed()}), so that a
 * newcomer sees a busy dealership at once.
 */
final class Dealership {

    /** The password of every seeded account; a demo, not a production setting. */
    static final String DEMO_PASSWORD = "aftersales-demo";

    static final DepartmentId PARTS = DepartmentId.of("D-PARTS");
    static final DepartmentId SERVICE = DepartmentId.of("D-SERVICE");
    static final DepartmentId CARE = DepartmentId.of("D-CARE");
    static final DepartmentId WORKSHOP = DepartmentId.of("D-WORKSHOP");
    /** The dealership's time zone, for the times the screens show. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Clock SCORING_CLOCK = Clock.fixed(Instant.parse("2026-04-02T01:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static final Actor ASSESSOR = Actor.staff(StaffId.of("PM-ZHAO"));
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 3);

    private final StaffDirectory staff;
    private final Accounts accounts;
    private final Warehouse warehouse;
    private final Scoring scoring;
    private final List<ScoredSubject> scored = new ArrayList<>();

    /** A subject with assessments, and the member of staff it is (null for a department). */
    record ScoredSubject(String key, Subject subject, StaffMember member, String name) {
    }

    /**
     * The dealership's hours: customer care answers every day from 08:00 to 20:00; the service
     * department is open Monday to Saturday from 08:00 to 18:00, and its working days count the
     * follow-up limit. One calendar for every deadline in the console's store.
     *
     * @return the calendar
     */
    static BusinessCalendar calendar() {
        String care = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> "\"" + d + "\": [{\"open\": \"08:00\", \"close\": \"20:00\"}]")
                .collect(java.util.stream.Collectors.joining(", "));
        String service = java.util.Arrays.stream(java.time.DayOfWeek.values()).filter(d -> d != java.time.DayOfWeek.SUNDAY)
                .map(d -> "\"" + d + "\": [{\"open\": \"08:00\", \"close\": \"18:00\"}]")
                .collect(java.util.stream.Collectors.joining(", "));
        return BusinessCalendar.fromJson("{\"openingHours\": {\"" + CARE.value() + "\": {" + care + "}, \""
                + SERVICE.value() + "\": {" + service + "}}}");
    }

    /** @return the dealership's departments and staff with their roles */
    static StaffDirectory staffDirectory() {
        return StaffDirectory.of(List.of(
                new Department(PARTS, DepartmentKind.PARTS, "Parts / 配件部", StaffId.of("PM-ZHAO")),
                new Department(SERVICE, DepartmentKind.SERVICE, "Service / 服务部", StaffId.of("SM-SUN")),
                new Department(WORKSHOP, DepartmentKind.WORKSHOP, "Workshop / 车间", StaffId.of("SM-SUN")),
                new Department(CARE, DepartmentKind.CUSTOMER_CARE, "Customer care / 客户关爱部", StaffId.of("SM-SUN"))),
                List.of(member("PM-ZHAO", "赵敏 Zhao Min", PARTS, EnumSet.of(Role.MANAGER), null),
                        member("S-WANG", "王磊 Wang Lei", PARTS, EnumSet.of(Role.PARTS_CLERK), "S-LI"),
                        member("S-LI", "李娜 Li Na", PARTS, EnumSet.of(Role.WAREHOUSE_KEEPER), "S-WANG"),
                        member("SM-SUN", "孙强 Sun Qiang", SERVICE, EnumSet.of(Role.MANAGER), null),
                        member("S-LIU", "刘洋 Liu Yang", SERVICE, EnumSet.of(Role.SERVICE_ADVISOR), null),
                        member("S-CHEN", "陈静 Chen Jing", CARE, EnumSet.of(Role.COMPLAINT_OFFICER), null),
                        member("T-HE", "何刚 He Gang", WORKSHOP, EnumSet.of(Role.TEAM_LEADER), null),
                        member("T-MA", "马超 Ma Chao", WORKSHOP, EnumSet.of(Role.TECHNICIAN), "T-ZHOU"),
                        member("T-ZHOU", "周平 Zhou Ping", WORKSHOP, EnumSet.of(Role.TECHNICIAN), "T-MA"),
                        member("T-SONG", "宋涛 Song Tao", WORKSHOP, EnumSet.of(Role.TECHNICIAN), null),
                        member("Q-WU", "吴敏 Wu Min", WORKSHOP, EnumSet.of(Role.FINAL_INSPECTOR), null),
                        member("F-ZHENG", "郑丽 Zheng Li", SERVICE, EnumSet.of(Role.CASHIER), null)));
    }

    /**
     * @param settings the console's settings
     * @param storage the console's store, where the assessments live
     */
    Dealership(ConsoleSettings settings, Storage storage) {
        this.staff = staffDirectory();
        this.accounts = new Accounts(settings.bcryptCost());
        Map<String, String> names = Map.of("PM-ZHAO", "zhao", "S-WANG", "wang", "S-LI", "li", "SM-SUN", "sun",
                "S-LIU", "liu", "S-CHEN", "chen");
        names.forEach((id, user) -> accounts.add(user, staff.member(StaffId.of(id)), DEMO_PASSWORD));
        PlacementEngine engine = PlacementEngine.builder(Layout.fromJson(sample("layout")),
                PartMaster.fromJson(sample("parts"))).build();
        this.warehouse = new Warehouse(engine, StockSnapshot.fromJson(sample("stock")));
        this.scoring = Scoring.builder(SCORING_CLOCK).catalogue(Catalogues.partsDepartment())
                .store(Scoring.assessmentStore(storage)).build();
        scoredSubjects();
    }

    StaffDirectory staff() {
        return staff;
    }

    Accounts accounts() {
        return accounts;
    }

    Warehouse warehouse() {
        return warehouse;
    }

    Scoring scoring() {
        return scoring;
    }

    List<ScoredSubject> scored() {
        return scored;
    }

    /** @return the id of the subject's assessment for a month */
    static AssessmentId assessmentId(String key, YearMonth month) {
        return AssessmentId.of("A-" + month + "-" + key);
    }

    private static StaffMember member(String id, String name, DepartmentId dept, Set<Role> roles, String backup) {
        return new StaffMember(StaffId.of(id), name, dept, roles, backup == null ? null : StaffId.of(backup));
    }

    private void scoredSubjects() {
        StaffMember wang = staff.member(StaffId.of("S-WANG"));
        StaffMember li = staff.member(StaffId.of("S-LI"));
        ScoredSubject clerk = new ScoredSubject("S-WANG", new Subject.Staff(wang.id(), Role.PARTS_CLERK.code(), "parts"),
                wang, wang.name());
        ScoredSubject keeper = new ScoredSubject("S-LI", new Subject.Staff(li.id(), Role.WAREHOUSE_KEEPER.code(), "parts"),
                li, li.name());
        ScoredSubject dept = new ScoredSubject("D-PARTS", new Subject.Department(PARTS, "parts"), null,
                "Parts department / 配件部");
        scored.add(clerk);
        scored.add(keeper);
        scored.add(dept);
    }

    /** Writes half a year of assessments of the parts department and two of its staff. */
    void seed() {
        Catalogue parts = scoring.catalogue("parts-department");
        ScoredSubject clerk = scored.get(0);
        ScoredSubject keeper = scored.get(1);
        ScoredSubject dept = scored.get(2);
        // how many observed items fell short each month, oldest first: the trend a manager reads
        int[] clerkMisses = {4, 3, 3, 2, 1, 1};
        int[] keeperMisses = {1, 2, 2, 3, 2, 4};
        int[] deptMisses = {5, 4, 4, 3, 2, 2};
        for (int i = 0; i < 6; i++) {
            YearMonth month = LAST_MONTH.minusMonths(5 - i);
            record(parts, clerk, month, clerkMisses[i]);
            record(parts, keeper, month, keeperMisses[i]);
            record(parts, dept, month, deptMisses[i]);
        }
        record(parts, clerk, LAST_MONTH.minusYears(1), 5);
        record(parts, dept, LAST_MONTH.minusYears(1), 6);
    }

    /** Records a month in which the first {@code misses} observed items failed and the rest passed. */
    private void record(Catalogue catalogue, ScoredSubject who, YearMonth month, int misses) {
        List<ItemResult> results = new ArrayList<>();
        int[] n = {0};
        catalogue.applicableTo(who.subject()).values().stream()
                .filter(item -> item.evidence() == EvidenceSource.OBSERVED)
                .forEach(item -> {
                    String code = item.code().value();
                    if (n[0]++ < misses) {
                        results.add(ItemResult.failed(code, "seen on the walk-round of " + month, ASSESSOR));
                    } else {
                        results.add(ItemResult.passed(code, "checked on the monthly walk-round", ASSESSOR));
                    }
                });
        scoring.record(new RecordAssessment(assessmentId(who.key(), month), catalogue.code(), who.subject(),
                AssessmentPeriod.month(month), results));
    }

    private static String sample(String name) {
        try (InputStream in = Dealership.class.getResourceAsStream("/sample/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("the sample " + name + ".json is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
