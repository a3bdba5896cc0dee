package org.aftersales.core.supply;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.value.Quantity;

/**
 * How much of one requested line can be had: now, and by the date asked.
 *
 * @param line the requested line
 * @param availableNow what is on hand, not reserved and not blocked, now
 * @param availableByDate what will be available by the date asked, counting goods due in
 * @param earliestDate the first date on which the whole line can be had, or null when no
 *     incoming goods cover it
 */
public record LineAvailability(PartLine line, Quantity availableNow, Quantity availableByDate, LocalDate earliestDate) {

    /** Checks the parts are present. */
    public LineAvailability {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(availableNow, "availableNow");
        Objects.requireNonNull(availableByDate, "availableByDate");
    }

    /** @return whether the whole line can be had by the date asked */
    public boolean covered() {
        return availableByDate.compareTo(line.quantity()) >= 0;
    }

    /** @return the first date the whole line can be had, if known */
    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliestDate);
    }
}
