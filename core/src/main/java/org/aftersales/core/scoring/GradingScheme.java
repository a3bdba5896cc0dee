package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Grade bands and the cap a failed MUST item puts on the grade (S2). The bands run from best
 * to worst with strictly falling minimums, the last at 0, so every score has a grade. When an
 * assessment has a failed MUST item, its grade is at most {@code capOnFailedMust}: a better
 * band is replaced by the cap; a band at or below the cap stays.
 *
 * <p>The source documents give each item its points and level and ask to reward the good and
 * penalise the poor, but give no grading rule: the bands of {@link #standard()} and its cap
 * for a failed MUST item are the library's own defaults, meant to be replaced. Give your own
 * scheme to {@code Scoring.builder(clock).grading(...)}.
 *
 * @param bands best first, minimums strictly falling, the last 0
 * @param capOnFailedMust the code of the best grade an assessment with a failed MUST item can
 *     have
 */
public record GradingScheme(List<Grade> bands, String capOnFailedMust) {

    private static final GradingScheme STANDARD = new GradingScheme(
            List.of(
                    new Grade("A", new LocalizedText("excellent", "优秀"), BigDecimal.valueOf(90)),
                    new Grade("B", new LocalizedText("good", "良好"), BigDecimal.valueOf(80)),
                    new Grade("C", new LocalizedText("acceptable", "合格"), BigDecimal.valueOf(60)),
                    new Grade("D", new LocalizedText("failing", "不合格"), BigDecimal.ZERO)),
            "C");

    /** Checks the order of the bands and the cap, listing every problem. */
    public GradingScheme {
        Violations v = ScoringMessages.violations();
        if (bands == null || bands.isEmpty() || bands.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("bands", "scoring.empty");
        } else {
            for (int i = 1; i < bands.size(); i++) {
                if (bands.get(i).minPercent().compareTo(bands.get(i - 1).minPercent()) >= 0) {
                    v.add("bands[" + i + "].minPercent", "scoring.grade.order", bands.get(i).code());
                }
            }
            if (bands.get(bands.size() - 1).minPercent().signum() != 0) {
                v.add("bands[" + (bands.size() - 1) + "].minPercent", "scoring.grade.lastZero");
            }
            if (bands.stream().noneMatch(b -> b.code().equals(capOnFailedMust))) {
                v.add("capOnFailedMust", "scoring.grade.unknown", capOnFailedMust);
            }
        }
        v.throwIfPresent();
        bands = List.copyOf(bands);
    }

    /**
     * The standard scheme: A excellent (优秀) from 90, B good (良好) from 80, C acceptable
     * (合格) from 60, D failing (不合格) below; a failed MUST item caps the grade at C.
     *
     * @return the scheme
     */
    public static GradingScheme standard() {
        return STANDARD;
    }

    /**
     * The band a score falls in, without any cap.
     *
     * @param percent the score, 0 to 100
     * @return its grade
     */
    public Grade band(BigDecimal percent) {
        return bands.stream().filter(b -> percent.compareTo(b.minPercent()) >= 0).findFirst().orElseThrow();
    }

    /**
     * The grade of a score, capped when a MUST item failed.
     *
     * @param percent the score, 0 to 100
     * @param failedMust whether any MUST item failed
     * @return the grade
     */
    public Grade grade(BigDecimal percent, boolean failedMust) {
        Grade band = band(percent);
        if (!failedMust) {
            return band;
        }
        Grade cap = bands.stream().filter(b -> b.code().equals(capOnFailedMust)).findFirst().orElseThrow();
        return position(band) < position(cap) ? cap : band;
    }

    /**
     * Where a grade stands, 0 for the best.
     *
     * @param grade a grade of this scheme
     * @return its position
     */
    public int position(Grade grade) {
        int i = bands.indexOf(grade);
        if (i < 0) {
            throw new IllegalArgumentException("grade " + grade + " is not in this scheme");
        }
        return i;
    }
}
