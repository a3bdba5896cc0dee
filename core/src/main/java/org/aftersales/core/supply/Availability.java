package org.aftersales.core.supply;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer to "can these parts be had by this date": one entry per requested line, in the
 * order asked.
 *
 * @param by the date asked about
 * @param lines each line's availability
 */
public record Availability(LocalDate by, List<LineAvailability> lines) {

    /** Checks the parts and copies the list. */
    public Availability {
        Objects.requireNonNull(by, "by");
        lines = List.copyOf(lines);
    }

    /** @return whether every line can be had by the date */
    public boolean covered() {
        return lines.stream().allMatch(LineAvailability::covered);
    }

    /** @return the lines that cannot be had in full by the date */
    public List<LineAvailability> shortages() {
        return lines.stream().filter(l -> !l.covered()).toList();
    }
}
