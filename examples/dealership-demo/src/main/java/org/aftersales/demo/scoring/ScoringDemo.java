package org.aftersales.demo.scoring;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.core.event.Actor;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Catalogue;
import org.aftersales.core.scoring.Catalogues;
import org.aftersales.core.scoring.EvidenceSource;
import org.aftersales.core.scoring.ItemResult;
import org.aftersales.core.scoring.RecordAssessment;
import org.aftersales.core.scoring.Scoring;
import org.aftersales.core.scoring.Subject;

/**
 * The parts manager assesses a parts clerk and the parts department against the shipped
 * parts department standard, and prints one staff scorecard and one department scorecard
 * with their trend and the same month a year earlier.
 */
public final class ScoringDemo {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Actor MANAGER = Actor.staff(StaffId.of("PM-ZHAO"));

    private final PrintStream out;

    /**
     * Creates the demo.
     *
     * @param out where to print
     */
    public ScoringDemo(PrintStream out) {
        this.out = out;
    }

    /** Records the assessments and prints the two scorecards. */
    public void run() {
        Scoring scoring = Scoring.builder(CLOCK).catalogue(Catalogues.partsDepartment()).build();
        Catalogue parts = scoring.catalogue("parts-department");
        Subject clerk = new Subject.Staff(StaffId.of("S-WANG"), "parts-clerk", "parts");
        Subject department = new Subject.Department(DepartmentId.of("D-PARTS"), "parts");

        record(scoring, parts, "A-2025-03-WANG", clerk, YearMonth.of(2025, 3), Map.of(
                "SAL-10", "no market report handed in",
                "SAL-13", "",
                "COM-13", ""));
        record(scoring, parts, "A-2026-02-WANG", clerk, YearMonth.of(2026, 2), Map.of(
                "SAL-13", "",
                "SAL-07", ""));
        record(scoring, parts, "A-2026-03-WANG", clerk, YearMonth.of(2026, 3), Map.of(
                "SAL-08", "two counter sales printed the next morning",
                "SAL-13", ""));
        record(scoring, parts, "A-2026-02-PARTS", department, YearMonth.of(2026, 2), Map.of(
                "WHS-11", "",
                "SUP-01", "",
                "SAL-13", ""));
        record(scoring, parts, "A-2026-03-PARTS", department, YearMonth.of(2026, 3), Map.of(
                "WHS-07", "bin A-03-2-05 held two part numbers",
                "SUP-01", ""));

        out.println();
        out.println("== Scorecards 考核卡: parts department standard, March 2026 ==");
        out.print(scoring.scorecard(AssessmentId.of("A-2026-03-WANG")).toText());
        out.println();
        out.print(scoring.scorecard(AssessmentId.of("A-2026-03-PARTS")).toText());
    }

    /**
     * Records one month: every observed item passes except those named; a non-empty note
     * fails the item with that evidence, an empty one marks it partly met (half the points).
     */
    private static void record(Scoring scoring, Catalogue catalogue, String id, Subject subject, YearMonth month,
            Map<String, String> exceptions) {
        List<ItemResult> results = new ArrayList<>();
        catalogue.applicableTo(subject).values().stream()
                .filter(item -> item.evidence() == EvidenceSource.OBSERVED)
                .forEach(item -> {
                    String code = item.code().value();
                    String note = exceptions.get(code);
                    if (note == null) {
                        results.add(ItemResult.passed(code, "checked on the monthly walk-round", MANAGER));
                    } else if (note.isEmpty()) {
                        results.add(ItemResult.partly(code, "done for part of the month", MANAGER));
                    } else {
                        results.add(ItemResult.failed(code, note, MANAGER));
                    }
                });
        scoring.record(new RecordAssessment(AssessmentId.of(id), catalogue.code(), subject, AssessmentPeriod.month(month), results));
    }
}
