package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The same period of an earlier year, compared with the scorecard's period (S5).
 *
 * @param period the earlier period
 * @param yearsBack how many years earlier, 1 or more
 * @param percent the score then
 * @param grade the grade then
 * @param difference the scorecard's percentage minus this one, in percentage points
 */
public record YearComparison(AssessmentPeriod period, int yearsBack, BigDecimal percent, Grade grade, BigDecimal difference) {

    /** Checks the parts are present. */
    public YearComparison {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(difference, "difference");
    }
}
