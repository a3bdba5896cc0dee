package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One period in a scorecard's trend (S5).
 *
 * @param period the period
 * @param percent the score then
 * @param grade the grade then
 * @param change percentage points gained since the previous period of the trend; null for the
 *     first
 */
public record TrendPoint(AssessmentPeriod period, BigDecimal percent, Grade grade, BigDecimal change) {

    /** Checks the parts are present. */
    public TrendPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(grade, "grade");
    }
}
