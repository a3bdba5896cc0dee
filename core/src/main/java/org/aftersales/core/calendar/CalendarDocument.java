package org.aftersales.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link BusinessCalendar}, one document per dealership and year:
 *
 * <pre>{@code
 * {
 *   "zone": "Asia/Shanghai",
 *   "openingHours": {
 *     "service": { "MONDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}], ... },
 *     "parts":   { ... }
 *   },
 *   "holidays": [{"date": "2026-10-01", "name": "National Day"}],
 *   "makeUpWorkingDays": [{"date": "2026-09-20", "worksAs": "MONDAY"}],
 *   "festivals": [{"date": "2026-09-25", "festival": "MID_AUTUMN"}]
 * }
 * }</pre>
 *
 * The keys of {@code openingHours} are department ids; a weekday left out is a closed day.
 * A make-up working day must fall on a Saturday or Sunday and opens with the hours of the
 * weekday named in {@code worksAs} (Monday when left out). A holiday closes every department
 * for the whole date. {@code zone} defaults to Asia/Shanghai.
 *
 * @param zone the time zone id
 * @param openingHours department id to weekday to periods
 * @param holidays days closed
 * @param makeUpWorkingDays weekend days worked
 * @param festivals dates of traditional festivals
 */
public record CalendarDocument(
        String zone,
        Map<String, Map<DayOfWeek, List<OpeningPeriod>>> openingHours,
        List<Holiday> holidays,
        List<MakeUpDay> makeUpWorkingDays,
        List<FestivalDate> festivals) {

    /**
     * A public holiday.
     *
     * @param date the date
     * @param name its name, for display
     */
    public record Holiday(LocalDate date, String name) {
    }

    /**
     * A weekend day that is a working day.
     *
     * @param date the date, a Saturday or Sunday
     * @param worksAs the weekday whose hours apply, Monday when null
     */
    public record MakeUpDay(LocalDate date, DayOfWeek worksAs) {
    }

    /**
     * The date of a festival in this year.
     *
     * @param date the date
     * @param festival the festival
     */
    public record FestivalDate(LocalDate date, Festival festival) {
    }
}
