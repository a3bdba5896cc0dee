package org.aftersales.inventory.operations;

import java.util.Objects;

/**
 * A packing-list line as received: what was listed and found, how it ended and how many
 * pieces were accepted.
 *
 * @param line the line's number, from 1
 * @param listed what was listed and found
 * @param outcome how it ended
 * @param accepted the pieces accepted into stock
 */
public record ReceiptLine(int line, PackingLine listed, LineOutcome outcome, long accepted) {

    /** Checks the parts. */
    public ReceiptLine {
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Judges one line (P5).
     *
     * @param number the line number
     * @param l the line
     * @return the judged line
     */
    static ReceiptLine judge(int number, PackingLine l) {
        boolean wrongPart = l.foundPart() != null && !l.foundPart().equals(l.part());
        boolean wrongOrigin = l.origin() != null && l.foundOrigin() != null
                && !l.origin().strip().equalsIgnoreCase(l.foundOrigin().strip());
        long sound = Math.max(0, l.counted() - l.damaged());
        if (wrongPart || wrongOrigin) {
            return new ReceiptLine(number, l, LineOutcome.WRONG_ITEM, 0);
        }
        if (l.damaged() > 0) {
            return new ReceiptLine(number, l, LineOutcome.DAMAGED, Math.min(sound, l.quantity()));
        }
        if (l.counted() < l.quantity()) {
            return new ReceiptLine(number, l, LineOutcome.SHORT, l.counted());
        }
        if (l.counted() > l.quantity()) {
            return new ReceiptLine(number, l, LineOutcome.OVER, l.quantity());
        }
        return new ReceiptLine(number, l, LineOutcome.ACCEPTED, l.quantity());
    }
}
