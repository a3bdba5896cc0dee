package org.aftersales.benchmarks.deadline;

import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.id.DepartmentId;

/** The calendar the deadline benchmarks count on: two periods a weekday, Saturday mornings, 2025 and 2026. */
final class Calendars {

    static final DepartmentId SERVICE = DepartmentId.of("service");

    private Calendars() {
    }

    static BusinessCalendar service() {
        return BusinessCalendar.fromJson("""
                {"openingHours": {"service": {
                    "MONDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                    "TUESDAY":   [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                    "WEDNESDAY": [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                    "THURSDAY":  [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                    "FRIDAY":    [{"open": "08:30", "close": "12:00"}, {"open": "13:30", "close": "18:00"}],
                    "SATURDAY":  [{"open": "09:00", "close": "17:00"}]}},
                 "holidays": [{"date": "2026-11-11", "name": "Stocktaking"}]}""");
    }
}
