package org.aftersales.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;

/**
 * A calendar document as read from JSON, before its opening periods are checked: reading the
 * periods as plain pairs of times lets one bad period be listed with every other problem of
 * the document, instead of stopping the read.
 */
record RawCalendar(
        String zone,
        String nationalArrangement,
        Map<String, Map<DayOfWeek, List<RawPeriod>>> openingHours,
        List<CalendarDocument.Holiday> holidays,
        List<CalendarDocument.MakeUpDay> makeUpWorkingDays,
        List<CalendarDocument.FestivalDate> festivals,
        List<HolidayArrangement> arrangements) {

    /** An opening period as written. */
    record RawPeriod(LocalTime open, LocalTime close) {
    }

    /**
     * The document with its periods checked; a bad period is left out and its problems added.
     *
     * @param v collects the problems of the periods
     * @return the document
     */
    CalendarDocument checked(Violations v) {
        Map<String, Map<DayOfWeek, List<OpeningPeriod>>> hours = null;
        if (openingHours != null) {
            hours = new LinkedHashMap<>();
            for (Map.Entry<String, Map<DayOfWeek, List<RawPeriod>>> dept : openingHours.entrySet()) {
                Map<DayOfWeek, List<OpeningPeriod>> week = null;
                if (dept.getValue() != null) {
                    week = new LinkedHashMap<>();
                    for (Map.Entry<DayOfWeek, List<RawPeriod>> day : dept.getValue().entrySet()) {
                        week.put(day.getKey(), periods(day.getValue(),
                                "openingHours." + dept.getKey() + "." + day.getKey(), v));
                    }
                }
                hours.put(dept.getKey(), week);
            }
        }
        return new CalendarDocument(zone, nationalArrangement, hours, holidays, makeUpWorkingDays, festivals,
                arrangements);
    }

    private static List<OpeningPeriod> periods(List<RawPeriod> raw, String path, Violations v) {
        if (raw == null) {
            return null;
        }
        List<OpeningPeriod> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RawPeriod p = raw.get(i);
            if (p == null) {
                out.add(null); // reported as required when the calendar is built
                continue;
            }
            try {
                out.add(new OpeningPeriod(p.open(), p.close()));
            } catch (ValidationException e) {
                v.addAll(path + "[" + i + "]", e);
            }
        }
        return out;
    }
}
