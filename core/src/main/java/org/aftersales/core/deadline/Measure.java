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
    static Measure of(BusinessCalendar calendar, Target target) {
        return target.workingDays() ? workingDays(calendar, target.department())
                : of(calendar, target.department());
    }

    /**
     * Time that runs around the clock on the department's working days and stands still on
     * the other days.
     */
    static Measure workingDays(BusinessCalendar calendar, DepartmentId department) {
        return new Measure() {
            @Override
            public Instant plus(Instant start, Duration amount) {
                java.time.ZonedDateTime at = start.atZone(calendar.zone());
                Duration left = amount;
                for (int i = 0; i < MAX_DAYS; i++) {
                    java.time.ZonedDateTime next = at.toLocalDate().plusDays(1).atStartOfDay(calendar.zone());
                    if (calendar.isWorkingDay(department, at.toLocalDate())) {
                        Duration slice = Duration.between(at, next);
                        if (left.compareTo(slice) <= 0) {
                            return at.plus(left).toInstant();
                        }
                        left = left.minus(slice);
                    }
                    at = next;
                }
                throw new IllegalStateException("no end within " + MAX_DAYS + " days from " + start);
            }

            @Override
            public Duration between(Instant from, Instant to) {
                if (to.isBefore(from)) {
                    return between(to, from).negated();
                }
                java.time.ZonedDateTime at = from.atZone(calendar.zone());
                Duration sum = Duration.ZERO;
                while (at.toInstant().isBefore(to)) {
                    java.time.ZonedDateTime next = at.toLocalDate().plusDays(1).atStartOfDay(calendar.zone());
                    Instant end = next.toInstant().isAfter(to) ? to : next.toInstant();
                    if (calendar.isWorkingDay(department, at.toLocalDate())) {
                        sum = sum.plus(Duration.between(at.toInstant(), end));
                    }
                    at = next;
                }
                return sum;
            }
        };
    }

    /** How far a working-day deadline may reach: ten years. */
    int MAX_DAYS = 3660;

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
