package org.aftersales.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link BusinessCalendar}, one document per dealership:
 *
 * <pre>{@code
 * {
 *   "zone": "Asia/Shanghai",
 *   "nationalArrangement": "china",
 *   "openingHours": {
 *     "service": { "MONDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}], ... },
 *     "parts":   { ... }
 *   },
 *   "holidays": [{"date": "2026-11-11", "name": "Stocktaking"}],
 *   "makeUpWorkingDays": [{"date": "2026-10-10", "worksAs": "FRIDAY"}],
 *   "festivals": [],
 *   "arrangements": [ { "year": 2027, "source": "...", "holidays": [...], ... } ]
 * }
 * }</pre>
 *
 * <p>The calendar builds on a national holiday arrangement per year (C14): with
 * {@code nationalArrangement} {@code "china"} (the default when left out) every year the library
 * ships ({@link HolidayArrangement#CHINA_YEARS}) is included; {@code "none"} leaves them out. A
 * year the library does not ship is added under {@code arrangements} (one
 * {@link HolidayArrangement} per year; one given for a shipped year replaces it). Business time
 * on a date in a year without an arrangement is refused, never counted as an ordinary year.
 *
 * <p>The keys of {@code openingHours} are department ids; a weekday left out is a closed day,
 * and a weekday set to {@code null} is refused (write {@code []} for a closed day). The
 * document's own {@code holidays} are the dealership's closures on top of the national ones:
 * each closes every department for the whole date. Its {@code makeUpWorkingDays} add weekend
 * days worked, or name the weekday whose hours a national make-up day opens with (Monday
 * when left out). {@code festivals} adds festival dates. {@code zone} defaults to
 * Asia/Shanghai.
 *
 * @param zone the time zone id
 * @param nationalArrangement {@code "china"} (default) or {@code "none"}
 * @param openingHours department id to weekday to periods
 * @param holidays the dealership's own closures
 * @param makeUpWorkingDays weekend days worked
 * @param festivals dates of traditional festivals beyond the arrangements'
 * @param arrangements national arrangements for years the library does not ship
 */
public record CalendarDocument(
        String zone,
        String nationalArrangement,
        Map<String, Map<DayOfWeek, List<OpeningPeriod>>> openingHours,
        List<Holiday> holidays,
        List<MakeUpDay> makeUpWorkingDays,
        List<FestivalDate> festivals,
        List<HolidayArrangement> arrangements) {

    /**
     * A document on China's shipped arrangements with no arrangement of its own.
     *
     * @param zone the time zone id
     * @param openingHours department id to weekday to periods
     * @param holidays the dealership's own closures
     * @param makeUpWorkingDays weekend days worked
     * @param festivals dates of traditional festivals
     */
    public CalendarDocument(String zone, Map<String, Map<DayOfWeek, List<OpeningPeriod>>> openingHours,
            List<Holiday> holidays, List<MakeUpDay> makeUpWorkingDays, List<FestivalDate> festivals) {
        this(zone, null, openingHours, holidays, makeUpWorkingDays, festivals, null);
    }

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
