package org.aftersales.inventory.operations;

/** The kinds of stock movement the ledger keeps (P6). Each movement has exactly one. */
public enum MovementKind {
    /** Goods accepted at receiving, now on the dock awaiting putaway. */
    RECEIPT,
    /** Goods moved from the dock into their bin; the bin card's entry. */
    PUTAWAY,
    /** Parts issued to a repair order (or an appointment or estimate turned into one). */
    ISSUE_TO_REPAIR_ORDER,
    /** Parts sold over the counter. */
    COUNTER_SALE,
    /** Parts received from a sister dealer or the central warehouse. */
    TRANSFER_IN,
    /** Parts sent to a sister dealer. */
    TRANSFER_OUT,
    /** The difference a cycle count found. */
    COUNT_ADJUSTMENT,
    /** Parts issued and not used, taken back. */
    RETURN,
    /** The exact opposite of an earlier movement, which itself is never edited. */
    REVERSAL
}
