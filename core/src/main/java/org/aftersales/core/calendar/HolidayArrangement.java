package org.aftersales.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.json.AftersalesJson;

/**
 * One year's national holiday arrangement (C14): the days off, the weekend days worked in
 * exchange (调休上班), and the dates of the traditional festivals used for greetings, with the
 * official notice it was taken from. The library ships China's arrangement for each year the
 * State Council has published (see {@link #china(int)}); a dealership adds a year the library
 * does not ship yet by listing it under {@code arrangements} in its {@link CalendarDocument}:
 *
 * <pre>{@code
 * {
 *   "year": 2026,
 *   "source": "国务院办公厅关于2026年部分节假日安排的通知 ...",
 *   "holidays": [{"from": "2026-02-15", "to": "2026-02-23", "name": "Spring Festival", "nameZh": "春节"}],
 *   "makeUpWorkingDays": [{"date": "2026-02-14"}, {"date": "2026-02-28"}],
 *   "festivals": [{"date": "2026-02-17", "festival": "SPRING_FESTIVAL"}]
 * }
 * }</pre>
 *
 * Every date lies in the arrangement's year. A make-up working day opens with the hours of the
 * weekday named in {@code worksAs}, Monday when left out (our default: the notices name no
 * weekday; a dealership whose Monday differs names the day in its own document).
 *
 * @param year the year, 1970 to 2200
 * @param source the notice the data was taken from, for people checking it
 * @param holidays the days off, as ranges
 * @param makeUpWorkingDays the weekend days worked
 * @param festivals the festival dates of the year
 */
public record HolidayArrangement(
        Integer year,
        String source,
        List<Holiday> holidays,
        List<CalendarDocument.MakeUpDay> makeUpWorkingDays,
        List<CalendarDocument.FestivalDate> festivals) {

    /** The years whose Chinese arrangement ships in the library's jar. */
    public static final List<Integer> CHINA_YEARS = List.of(2025, 2026);

    /**
     * A run of days off.
     *
     * @param from the first day off
     * @param to the last day off, not before {@code from}
     * @param name the holiday's name in English
     * @param nameZh the holiday's name in Chinese, or null to use the English one
     */
    public record Holiday(LocalDate from, LocalDate to, String name, String nameZh) {
    }

    /**
     * China's arrangement for a year, as shipped in the library's jar
     * ({@code org/aftersales/core/calendar/china/<year>.json}).
     *
     * @param year the year
     * @return the arrangement, or empty when the library does not ship that year
     */
    public static Optional<HolidayArrangement> china(int year) {
        return Optional.ofNullable(Shipped.CHINA.get(year));
    }

    /** Reads the shipped arrangements once, when first asked. */
    private static final class Shipped {
        static final java.util.Map<Integer, HolidayArrangement> CHINA = load();

        private static java.util.Map<Integer, HolidayArrangement> load() {
            java.util.Map<Integer, HolidayArrangement> out = new java.util.HashMap<>();
            for (int y : CHINA_YEARS) {
                String json = org.aftersales.core.internal.BundledResources.text(HolidayArrangement.class,
                        "china/" + y + ".json");
                out.put(y, AftersalesJson.read(json, HolidayArrangement.class));
            }
            return java.util.Map.copyOf(out);
        }
    }
}
