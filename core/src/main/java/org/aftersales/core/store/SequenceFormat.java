package org.aftersales.core.store;

import java.util.regex.Pattern;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.error.Violations;

/**
 * How the numbers of one gap-free sequence look: a prefix, the year when the counter restarts
 * every year, and a zero-padded counter, joined by hyphens: {@code RO-2026-000123} (yearly) or
 * {@code RCV-000123} (never reset). The year is the calendar year in the storage's zone
 * (Asia/Shanghai by default) read from its injected clock.
 *
 * @param name the sequence name, the key of its counter (lowercase letters, digits, dots,
 *     hyphens; at most 40)
 * @param prefix the prefix, 1 to 10 ASCII letters or digits
 * @param digits the width of the zero-padded counter, 1 to 12; when the counter reaches
 *     {@code 10^digits - 1} the next number is refused, never widened or wrapped
 * @param yearly true when the counter restarts at 1 every calendar year
 */
public record SequenceFormat(String name, String prefix, int digits, boolean yearly) implements RefusalDetail {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,10}");

    /** Checks every part and reports all problems at once. */
    public SequenceFormat {
        Violations v = new Violations(StoreMessages.MESSAGES);
        if (name == null || !Index.NAME.matcher(name).matches()) {
            v.add("name", "store.name", name);
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            v.add("prefix", "sequence.prefix", prefix);
        }
        if (digits < 1 || digits > 12) {
            v.add("digits", "sequence.digits", digits);
        }
        v.throwIfPresent();
    }

    /**
     * A sequence that restarts every year, such as {@code RO-2026-000123}.
     *
     * @param name the sequence name
     * @param prefix the prefix
     * @param digits the counter width
     * @return the format
     */
    public static SequenceFormat yearly(String name, String prefix, int digits) {
        return new SequenceFormat(name, prefix, digits, true);
    }

    /**
     * A sequence that never restarts, such as {@code RCV-000123}.
     *
     * @param name the sequence name
     * @param prefix the prefix
     * @param digits the counter width
     * @return the format
     */
    public static SequenceFormat continuous(String name, String prefix, int digits) {
        return new SequenceFormat(name, prefix, digits, false);
    }

    /** @return the largest counter the format can show */
    public long maxCounter() {
        long max = 1;
        for (int i = 0; i < digits; i++) {
            max *= 10;
        }
        return max - 1;
    }

    /**
     * The counter's period: the year for a yearly sequence, {@code 0} otherwise.
     *
     * @param year the current year
     * @return the period the counter belongs to
     */
    public int period(int year) {
        return yearly ? year : 0;
    }

    /**
     * Writes one number.
     *
     * @param year the year it belongs to (ignored unless yearly)
     * @param counter the counter, 1 to {@link #maxCounter()}
     * @return the number's text
     */
    public String format(int year, long counter) {
        String padded = String.format(java.util.Locale.ROOT, "%0" + digits + "d", counter);
        return yearly ? prefix + "-" + year + "-" + padded : prefix + "-" + padded;
    }
}
