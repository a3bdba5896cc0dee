package org.aftersales.core.calendar;

import java.time.LocalTime;
import org.aftersales.core.error.Violations;

/**
 * One period of a day when a department is open, such as 08:30 to 12:00; the close is
 * exclusive and after the open.
 *
 * @param open opening time
 * @param close closing time
 */
public record OpeningPeriod(LocalTime open, LocalTime close) {

    /** Checks the period is not empty or reversed. */
    public OpeningPeriod {
        Violations v = CalendarMessages.violations();
        v.required("open", open);
        v.required("close", close);
        if (open != null && close != null && !close.isAfter(open)) {
            v.add("close", "calendar.period", open, close);
        }
        v.throwIfPresent();
    }

    /**
     * A period from two times written as {@code HH:mm}.
     *
     * @param open opening time
     * @param close closing time
     * @return the period
     */
    public static OpeningPeriod of(String open, String close) {
        return new OpeningPeriod(LocalTime.parse(open), LocalTime.parse(close));
    }

    @Override
    public String toString() {
        return open + "-" + close;
    }
}
