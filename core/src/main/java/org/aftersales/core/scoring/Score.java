package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The score of an assessment (S2): points earned over points applicable, as a percentage
 * rounded half up to 2 decimals; the grade band of that percentage; and the grade after the
 * cap a failed MUST item puts on it.
 *
 * @param earned points earned
 * @param applicable points of every applicable item (not-applicable items left out)
 * @param percent {@code earned / applicable * 100}, 2 decimals, half up
 * @param band the grade band of the percentage
 * @param grade the final grade: the band, or the cap when a MUST item failed and the band
 *     was better
 * @param failedMust the codes of failed MUST items, in catalogue order
 */
public record Score(
        BigDecimal earned, BigDecimal applicable, BigDecimal percent, Grade band, Grade grade, List<ItemCode> failedMust) {

    /** Checks every part is present. */
    public Score {
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(applicable, "applicable");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(grade, "grade");
        failedMust = List.copyOf(failedMust);
    }

    /** @return true when a failed MUST item lowered the grade below its band */
    public boolean capped() {
        return !band.equals(grade);
    }

    /** @return true when any MUST item failed (the assessment is flagged) */
    public boolean flagged() {
        return !failedMust.isEmpty();
    }
}
