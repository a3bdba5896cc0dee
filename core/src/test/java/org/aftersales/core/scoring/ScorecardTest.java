package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.ASSESSOR;
import static org.aftersales.core.scoring.Fixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.json.AftersalesJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** S5: scorecards by section, with the trend and the same period of earlier years; JSON and CSV. */
class ScorecardTest {

    static final Catalogue QUOTED = Catalogues.fromJson("""
            {"code": "counter", "title": {"en": "Counter \\"extras\\", 2026", "zh": "柜台“附加”要求"}, "sections": [
              {"code": "main", "title": {"en": "Main, first", "zh": "主要"}, "items": [
                {"code": "K-1", "text": {"en": "one", "zh": "一"}, "level": "MUST", "points": 4, "appliesTo": {"roles": ["parts-clerk"]}},
                {"code": "K-2", "text": {"en": "two", "zh": "二"}, "level": "SHOULD", "points": 6, "appliesTo": {"roles": ["parts-clerk"]}}
              ]},
              {"code": "other", "title": {"en": "Other", "zh": "其他"}, "items": [
                {"code": "K-3", "text": {"en": "three", "zh": "三"}, "level": "SHOULD", "points": 10, "appliesTo": {"roles": ["warehouse-keeper"]}}
              ]}]}
            """);

    Scoring scoring;

    @BeforeEach
    void recordHistory() {
        scoring = Scoring.builder(Fixtures.CLOCK).catalogue(QUOTED).build();
        record("A-2024-03", YearMonth.of(2024, 3), ItemResult.failed("K-2", "x", ASSESSOR));          // 4/10 = 40%
        record("A-2025-03", YearMonth.of(2025, 3), ItemResult.partly("K-2", new BigDecimal("3"), "x", ASSESSOR)); // 7/10
        record("A-2026-01", YearMonth.of(2026, 1), ItemResult.failed("K-2", "x", ASSESSOR));          // 40%
        record("A-2026-02", YearMonth.of(2026, 2), ItemResult.partly("K-2", new BigDecimal("4.5"), "x", ASSESSOR)); // 85%
        record("A-2026-03", YearMonth.of(2026, 3), ItemResult.passed("K-2", "x", ASSESSOR));          // 100%
        scoring.record(Fixtures.command("A-Q1", "counter", CLERK, AssessmentPeriod.quarter(2026, 1),
                List.of(ItemResult.passed("K-1", "x", ASSESSOR), ItemResult.passed("K-2", "x", ASSESSOR))));
    }

    void record(String id, YearMonth month, ItemResult k2) {
        scoring.record(Fixtures.command(id, "counter", CLERK, AssessmentPeriod.month(month),
                List.of(ItemResult.passed("K-1", "x", ASSESSOR), k2)));
    }

    @Test
    void S5_scorecardHasSectionsTrendAndTheSamePeriodOfEarlierYears() {
        Scorecard card = scoring.scorecard(AssessmentId.of("A-2026-03"));
        assertThat(card.sections()).extracting(SectionScore::section, SectionScore::percent)
                .containsExactly(tuple("main", new BigDecimal("100.00")), tuple("other", null));
        assertThat(card.trend())
                .as("every month assessed up to March 2026, oldest first; the quarter is left out")
                .extracting(t -> t.period().label(), t -> t.percent().toPlainString(),
                        t -> t.change() == null ? null : t.change().toPlainString())
                .containsExactly(
                        tuple("2024-03", "40.00", null),
                        tuple("2025-03", "70.00", "30.00"),
                        tuple("2026-01", "40.00", "-30.00"),
                        tuple("2026-02", "85.00", "45.00"),
                        tuple("2026-03", "100.00", "15.00"));
        assertThat(card.earlierYears())
                .extracting(y -> y.period().label(), YearComparison::yearsBack, y -> y.difference().toPlainString())
                .containsExactly(tuple("2025-03", 1, "30.00"), tuple("2024-03", 2, "60.00"));
    }

    @Test
    void S5_earlierScorecardsSeeOnlyTheirPast() {
        Scorecard card = scoring.scorecard(AssessmentId.of("A-2026-01"));
        assertThat(card.trend()).extracting(t -> t.period().label()).containsExactly("2024-03", "2025-03", "2026-01");
        assertThat(card.earlierYears()).isEmpty();
        assertThatThrownBy(() -> scoring.scorecard(AssessmentId.of("nope"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void S5_csvOpensCorrectlyInASpreadsheet() {
        Scorecard card = scoring.scorecard(AssessmentId.of("A-2026-03"));
        byte[] bytes = card.toCsvBytes();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).as("only CRLF line ends").doesNotContain("\n").doesNotContain("\r");
        String[] lines = csv.split("\r\n");
        assertThat(lines).as("header, 2 sections, total, 5 trend periods, 2 earlier years").hasSize(11);
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("\"").endsWith("\""));
        String who = "\"staff\",\"S-01\",\"parts-clerk\",\"parts\",\"counter\",";
        assertThat(lines[0]).startsWith("\"record\",\"subject_kind\",\"subject\",");
        assertThat(lines[1]).isEqualTo("\"section\"," + who
                + "\"2026-03\",\"main\",\"Main, first\",\"主要\",\"10\",\"10\",\"100.00\",\"\",\"\",\"\",\"\",\"\"");
        assertThat(lines[3]).isEqualTo("\"total\"," + who
                + "\"2026-03\",\"\",\"Counter \"\"extras\"\", 2026\",\"柜台“附加”要求\",\"10\",\"10\",\"100.00\",\"\",\"A\",\"excellent\",\"优秀\",\"\"");
        assertThat(lines[9]).startsWith("\"earlier-year\"," + who + "\"2025-03\",").contains("\"70.00\",\"30.00\",\"C\"");
    }

    @Test
    void S5_jsonCarriesTheWholeScorecard() {
        Scorecard card = scoring.scorecard(AssessmentId.of("A-2026-03"));
        JsonNode root = AftersalesJson.mapper().readTree(card.toJson());
        assertThat(root.get("subject").get("id").stringValue()).isEqualTo("S-01");
        assertThat(root.get("period").get("label").stringValue()).isEqualTo("2026-03");
        assertThat(root.get("score").get("percent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(root.get("score").get("gradeName").get("zh").stringValue()).isEqualTo("优秀");
        assertThat(root.get("catalogueTitle").get("zh").stringValue()).isEqualTo("柜台“附加”要求");
        assertThat(root.get("sections").get(1).get("percent").isNull()).isTrue();
        assertThat(root.get("trend")).hasSize(5);
        assertThat(root.get("earlierYears").get(0).get("difference").decimalValue()).isEqualByComparingTo("30.00");
    }

    @Test
    void S5_textIsReadableInBothLanguages() {
        String text = scoring.scorecard(AssessmentId.of("A-2026-03")).toText();
        assertThat(text).contains("Scorecard 考核卡").contains("Main, first").contains("主要")
                .contains("Grade 等级: A excellent / 优秀").contains("往年同期 2025-03");
    }

    @Test
    void S5_periodsLineUpAcrossYears() {
        assertThat(AssessmentPeriod.quarter(2026, 1).label()).isEqualTo("2026-Q1");
        assertThat(AssessmentPeriod.quarter(2026, 1).minusYears(1)).isEqualTo(AssessmentPeriod.quarter(2025, 1));
        assertThat(AssessmentPeriod.month(YearMonth.of(2024, 2)).minusYears(1).to().getDayOfMonth()).isEqualTo(28);
        assertThat(AssessmentPeriod.year(2025).granularity()).isEqualTo(AssessmentPeriod.Granularity.YEAR);
        assertThat(new AssessmentPeriod(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 15)).label())
                .isEqualTo("2026-03-01..2026-03-15");
        assertThat(Map.of()).isEmpty();
    }
}
