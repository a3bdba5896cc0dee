package org.aftersales.inventory.operations;

/**
 * How a packing-list line ended at receiving (P5). When several apply, the first listed here
 * wins: a wrong item is reported as wrong even if it was also damaged.
 */
public enum LineOutcome {
    /** Another part number, origin or brand than listed; nothing of it is accepted. */
    WRONG_ITEM,
    /** Some pieces damaged or cracked; the sound pieces up to the listed quantity are accepted. */
    DAMAGED,
    /** Fewer pieces than listed; all found are accepted. */
    SHORT,
    /** More pieces than listed; the listed quantity is accepted, the surplus held for the supplier. */
    OVER,
    /** Exactly as listed. */
    ACCEPTED
}
