package org.aftersales.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.DepartmentId;

/**
 * The day-by-day walk that {@link BusinessCalendar#plus} and {@link BusinessCalendar#between}
 * used before their answers were precomputed: it visits every date of the span and builds
 * date-times for each opening period, so its cost grows with the span. Kept only as the
 * reference the fast answers are tested against and as the benchmarks' baseline; use the
 * calendar's own methods instead.
 */
public final class DayWalk {

    /** How far ahead business time is searched before giving up: about ten years. */
    static final int MAX_DAYS = 3700;

    private DayWalk() {
    }

    /**
     * {@link BusinessCalendar#plus}, computed by walking day by day.
     *
     * @param calendar the calendar
     * @param department the department whose hours count
     * @param start when counting starts
     * @param duration how much business time, not negative
     * @return the instant the duration ends
     */
    public static Instant plus(BusinessCalendar calendar, DepartmentId department, Instant start, Duration duration) {
        if (duration.isNegative()) {
            CalendarMessages.violations().add("duration", "calendar.negative", duration).throwIfPresent();
        }
        if (duration.isZero()) {
            return start;
        }
        Duration remaining = duration;
        ZonedDateTime cursor = start.atZone(calendar.zone());
        LocalDate date = cursor.toLocalDate();
        for (int d = 0; d < MAX_DAYS; d++, date = date.plusDays(1)) {
            for (OpeningPeriod p : calendar.openingHours(department, date)) {
                ZonedDateTime open = ZonedDateTime.of(date, p.open(), calendar.zone());
                ZonedDateTime close = ZonedDateTime.of(date, p.close(), calendar.zone());
                if (!cursor.isBefore(close)) {
                    continue;
                }
                ZonedDateTime from = cursor.isAfter(open) ? cursor : open;
                Duration available = Duration.between(from, close);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
        }
        throw new BusinessRuleException("calendar.neverOpen",
                CalendarMessages.MESSAGES.text("calendar.neverOpen", department.value()), null);
    }

    /**
     * {@link BusinessCalendar#between}, computed by walking day by day.
     *
     * @param calendar the calendar
     * @param department the department whose hours count
     * @param from the first instant
     * @param to the second instant
     * @return the business time between them
     */
    public static Duration between(BusinessCalendar calendar, DepartmentId department, Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(calendar, department, to, from).negated();
        }
        Duration total = Duration.ZERO;
        ZonedDateTime start = from.atZone(calendar.zone());
        ZonedDateTime end = to.atZone(calendar.zone());
        for (LocalDate date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            for (OpeningPeriod p : calendar.openingHours(department, date)) {
                ZonedDateTime open = ZonedDateTime.of(date, p.open(), calendar.zone());
                ZonedDateTime close = ZonedDateTime.of(date, p.close(), calendar.zone());
                ZonedDateTime a = start.isAfter(open) ? start : open;
                ZonedDateTime b = end.isBefore(close) ? end : close;
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }
}
