package org.aftersales.core.deadline;

import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.id.DepartmentId;

/** How a deadline counts time: business time on one department's calendar, or plain time. */
interface Measure {

    Instant plus(Instant start, Duration amount);

    Duration between(Instant from, Instant to);

    /** Plain time. */
    Measure PLAIN = new Measure() {
        @Override
        public Instant plus(Instant start, Duration amount) {
            return start.plus(amount);
        }

        @Override
        public Duration between(Instant from, Instant to) {
            return Duration.between(from, to);
        }
    };

    /**
     * @param calendar the calendar
     * @param department the department, or null for plain time
     * @return the measure
     */
    static Measure of(BusinessCalendar calendar, DepartmentId department) {
        if (department == null) {
            return PLAIN;
        }
        return new Measure() {
            @Override
            public Instant plus(Instant start, Duration amount) {
                return calendar.plus(department, start, amount);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                return calendar.between(department, from, to);
            }
        };
    }
}
