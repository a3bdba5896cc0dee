package org.aftersales.core.store;

import java.util.Objects;

/**
 * A number taken from a {@link Sequence}: its text and the parts it was made of.
 *
 * @param text the number as printed on the document, such as {@code RO-2026-000123}
 * @param sequence the sequence name
 * @param period the counter's period: the year of a yearly sequence, else {@code 0}
 * @param counter the counter, from 1 and without gaps within the period
 */
public record IssuedNumber(String text, String sequence, int period, long counter) {

    /** Checks the parts are present. */
    public IssuedNumber {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sequence, "sequence");
        if (counter < 1) {
            throw new IllegalArgumentException("a counter starts at 1, not " + counter);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
