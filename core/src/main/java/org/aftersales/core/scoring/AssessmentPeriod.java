package org.aftersales.core.scoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.aftersales.core.error.Violations;

/**
 * The days an assessment covers (S2), both ends included: usually a month, a quarter or a
 * year, so that trends line periods up and the same period of earlier years can be found
 * with {@link #minusYears(int)} (S5).
 *
 * @param from the first day
 * @param to the last day, not before {@code from}, at most {@value #MAX_DAYS} days later
 */
public record AssessmentPeriod(LocalDate from, LocalDate to) implements Comparable<AssessmentPeriod> {

    /** Longest period, in days. */
    public static final int MAX_DAYS = 366;

    /** How long a period is, for lining up trends. */
    public enum Granularity {
        /** A calendar month. */
        MONTH,
        /** A calendar quarter. */
        QUARTER,
        /** A calendar year. */
        YEAR,
        /** Any other run of days. */
        DAYS
    }

    /** Checks the order and length, listing every problem. */
    public AssessmentPeriod {
        Violations v = ScoringMessages.violations();
        if (from == null) {
            v.add("from", "scoring.required");
        }
        if (to == null) {
            v.add("to", "scoring.required");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                v.add("to", "scoring.period.order", from, to);
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                v.add("to", "scoring.period.length", from, to, MAX_DAYS);
            }
        }
        v.throwIfPresent();
    }

    /**
     * A calendar month.
     *
     * @param month the month
     * @return the period
     */
    public static AssessmentPeriod month(YearMonth month) {
        return new AssessmentPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * A calendar quarter.
     *
     * @param year the year
     * @param quarter 1 to 4
     * @return the period
     * @throws IllegalArgumentException if the quarter is not 1 to 4
     */
    public static AssessmentPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is not 1 to 4");
        }
        YearMonth first = YearMonth.of(year, Month.of(quarter * 3 - 2));
        return new AssessmentPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /**
     * A calendar year.
     *
     * @param year the year
     * @return the period
     */
    public static AssessmentPeriod year(int year) {
        return new AssessmentPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** @return whether this is a month, a quarter, a year or another run of days */
    public Granularity granularity() {
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            if (months == 1) {
                return Granularity.MONTH;
            }
            if (months == 3 && (from.getMonthValue() - 1) % 3 == 0) {
                return Granularity.QUARTER;
            }
            if (months == 12 && from.getMonthValue() == 1) {
                return Granularity.YEAR;
            }
        }
        return Granularity.DAYS;
    }

    /**
     * The same period so many years earlier: the same month, quarter or year, or the same
     * days (29 February becomes 28 February).
     *
     * @param years how many years back, 0 or more
     * @return the earlier period
     */
    public AssessmentPeriod minusYears(int years) {
        if (granularity() == Granularity.DAYS) {
            return new AssessmentPeriod(from.minusYears(years), to.minusYears(years));
        }
        return new AssessmentPeriod(from.minusYears(years), YearMonth.from(to).minusYears(years).atEndOfMonth());
    }

    /**
     * The first instant of the period in a time zone.
     *
     * @param zone the dealership's zone
     * @return the start, inclusive
     */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /**
     * The instant after the period in a time zone.
     *
     * @param zone the dealership's zone
     * @return the end, exclusive
     */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** @return a short label: {@code 2026-03}, {@code 2026-Q1}, {@code 2026} or {@code 2026-03-01..2026-03-15} */
    public String label() {
        return switch (granularity()) {
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() + 2) / 3);
            case YEAR -> Integer.toString(from.getYear());
            case DAYS -> from + ".." + to;
        };
    }

    @Override
    public int compareTo(AssessmentPeriod other) {
        int c = from.compareTo(other.from);
        return c != 0 ? c : to.compareTo(other.to);
    }

    @Override
    public String toString() {
        return label();
    }
}
