package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.ASSESSOR;
import static org.aftersales.core.scoring.Fixtures.CLERK;
import static org.aftersales.core.scoring.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** S2: score, cap and grade of an assessment, checked against figures worked by hand. */
class WorkedAssessmentTest {

    /**
     * A parts clerk assessed for March 2026 against the parts department standard.
     *
     * <p>Items that apply to a parts clerk: the common part (23 items, 30 points) and parts
     * sales (14 items, 51 points) = 37 items, 81 points. Results:
     *
     * <pre>
     *   SAL-04 delivery service   MUST    2  not applicable (no deliveries this month)
     *   SAL-08 documents          MUST    8  failed                -> earns 0, flagged
     *   SAL-13 relationship care  SHOULD  6  partly met, awarded 3 -> earns 3
     *   COM-13 festival greetings SHOULD  1  partly met, default   -> earns 1 / 2 = 0.5
     *   the other 33 items                   passed                -> earn their points
     *
     *   applicable = 81 - 2 (SAL-04)               = 79
     *   earned     = 79 - 8 (SAL-08) - 3 (SAL-13 lost) - 0.5 (COM-13 lost) = 67.5
     *   percent    = 67.5 / 79 * 100 = 85.4430... -> 85.44 (2 decimals, half up)
     *   band       = B (80 <= 85.44 < 90)
     *   grade      = C: a failed MUST item caps the grade at C, and B is better than C
     *
     *   common:  applicable 30, earned 30 - 0.5 = 29.5, 29.5 / 30 = 98.333... -> 98.33
     *   sales:   applicable 51 - 2 = 49, earned 49 - 8 - 3 = 38, 38 / 49 = 77.551... -> 77.55
     * </pre>
     */
    @Test
    void S2_workedAssessmentMatchesTheHandCalculation() {
        Scoring scoring = Fixtures.scoring();
        Catalogue parts = scoring.catalogue("parts-department");
        Map<String, Function<String, ItemResult>> overrides = Map.of(
                "SAL-04", c -> ItemResult.notApplicable(c, "no home deliveries were booked in March", ASSESSOR),
                "SAL-08", c -> ItemResult.failed(c, "three counter sales printed the next day", ASSESSOR),
                "SAL-13", c -> ItemResult.partly(c, new BigDecimal("3"), "half the planned calls made", ASSESSOR),
                "COM-13", c -> new ItemResult(ItemCode.of(c), Outcome.PARTLY_MET, null, "texts sent for one festival of two", ASSESSOR));

        Assessment a = scoring.record(Fixtures.command("A-2026-03-S01", "parts-department", CLERK, MARCH,
                Fixtures.passedExcept(parts, CLERK, overrides)));

        Score s = a.score();
        assertThat(s.applicable()).isEqualByComparingTo("79");
        assertThat(s.earned()).isEqualByComparingTo("67.5");
        assertThat(s.percent()).isEqualTo(new BigDecimal("85.44"));
        assertThat(s.band().code()).isEqualTo("B");
        assertThat(s.grade().code()).isEqualTo("C");
        assertThat(s.capped()).isTrue();
        assertThat(s.flagged()).isTrue();
        assertThat(s.failedMust()).extracting(ItemCode::value).containsExactly("SAL-08");
        assertThat(a.results()).hasSize(37);
        assertThat(a.sections()).extracting(SectionScore::section, SectionScore::percent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("common", new BigDecimal("98.33")),
                org.assertj.core.groups.Tuple.tuple("sales", new BigDecimal("77.55")),
                org.assertj.core.groups.Tuple.tuple("warehouse", null),
                org.assertj.core.groups.Tuple.tuple("supply", null));
        assertThat(a.assessedAt()).isEqualTo(Fixtures.CLOCK.instant());
    }

    /**
     * Without the failed MUST item the band stands: SAL-08 partly met at 4 instead of failed
     * gives earned 67.5 + 4 = 71.5 of 79 = 90.5063... -> 90.51, band A, grade A, not capped.
     */
    @Test
    void S2_withoutAFailedMustItemTheBandIsTheGrade() {
        Scoring scoring = Fixtures.scoring();
        Map<String, Function<String, ItemResult>> overrides = Map.of(
                "SAL-04", c -> ItemResult.notApplicable(c, "no deliveries", ASSESSOR),
                "SAL-08", c -> ItemResult.partly(c, new BigDecimal("4"), "some printed late", ASSESSOR),
                "SAL-13", c -> ItemResult.partly(c, new BigDecimal("3"), "half the calls", ASSESSOR),
                "COM-13", c -> new ItemResult(ItemCode.of(c), Outcome.PARTLY_MET, null, "one festival of two", ASSESSOR));
        Assessment a = scoring.record(Fixtures.command("A-1", "parts-department", CLERK, MARCH,
                Fixtures.passedExcept(scoring.catalogue("parts-department"), CLERK, overrides)));
        assertThat(a.score().percent()).isEqualTo(new BigDecimal("90.51"));
        assertThat(a.score().grade().code()).isEqualTo("A");
        assertThat(a.score().capped()).isFalse();
    }

    /**
     * The cap never raises a grade: failing every sales item but SAL-01 leaves the clerk with
     * 30 + 1 = 31 of 81 = 38.27%, band D; the failed MUST items flag it, and D stays D.
     */
    @Test
    void S2_theCapNeverRaisesALowGrade() {
        Scoring scoring = Fixtures.scoring();
        Catalogue parts = scoring.catalogue("parts-department");
        var results = parts.applicableTo(CLERK).values().stream()
                .map(i -> i.code().value().startsWith("SAL-") && !i.code().value().equals("SAL-01")
                        ? ItemResult.failed(i.code().value(), "not done", ASSESSOR)
                        : ItemResult.passed(i.code().value(), "done", ASSESSOR))
                .toList();
        Assessment a = scoring.record(Fixtures.command("A-2", "parts-department", CLERK, MARCH, results));
        assertThat(a.score().percent()).isEqualTo(new BigDecimal("38.27"));
        assertThat(a.score().band().code()).isEqualTo("D");
        assertThat(a.score().grade().code()).isEqualTo("D");
        assertThat(a.score().capped()).isFalse();
        assertThat(a.score().failedMust()).extracting(ItemCode::value)
                .containsExactly("SAL-02", "SAL-03", "SAL-04", "SAL-08", "SAL-09", "SAL-10");
    }
}
