package org.aftersales.core.scoring;

import java.util.List;
import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.AssessmentId;

/**
 * A scorecard of one staff member or department against one catalogue for one period (S5):
 * the score and grade, each section's score, the trend across the subject's periods of the
 * same length, and the same period of earlier years. Export it with {@link #toJson()},
 * {@link #toCsv()} or read it with {@link #toText()}.
 *
 * @param assessment the assessment it reports
 * @param subject who
 * @param catalogue the catalogue code
 * @param catalogueTitle the catalogue title
 * @param period the period
 * @param score the overall score and grade
 * @param sections each section's score, in catalogue order
 * @param trend every assessed period of the same length up to this one, oldest first
 * @param earlierYears the same period of earlier years that were assessed, most recent first
 */
public record Scorecard(
        AssessmentId assessment,
        Subject subject,
        String catalogue,
        LocalizedText catalogueTitle,
        AssessmentPeriod period,
        Score score,
        List<SectionScore> sections,
        List<TrendPoint> trend,
        List<YearComparison> earlierYears) {

    /** Checks the parts are present. */
    public Scorecard {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(catalogueTitle, "catalogueTitle");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(score, "score");
        sections = List.copyOf(sections);
        trend = List.copyOf(trend);
        earlierYears = List.copyOf(earlierYears);
    }

    /**
     * The scorecard as a JSON document (UTF-8 text): subject, period, score, grade, sections
     * with both titles, trend and earlier years; numbers as exact decimals.
     *
     * @return the JSON text
     */
    public String toJson() {
        return ScorecardExport.json(this);
    }

    /**
     * The scorecard as CSV that spreadsheets open correctly: starts with a UTF-8 byte order
     * mark, every field quoted (quotes doubled), lines end with CRLF, Chinese text intact.
     * One row per section, one for the total, one per trend period and one per earlier year;
     * the first column says which.
     *
     * @return the CSV text, beginning with U+FEFF
     */
    public String toCsv() {
        return ScorecardExport.csv(this);
    }

    /** @return {@link #toCsv()} encoded as UTF-8, byte order mark first */
    public byte[] toCsvBytes() {
        return toCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The scorecard as readable lines of text, with section titles and grades in English and
     * Chinese side by side.
     *
     * @return the text, lines ending with a line feed
     */
    public String toText() {
        return ScorecardExport.text(this);
    }
}
