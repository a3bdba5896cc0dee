package org.aftersales.inventory;

/** How often a part is picked; fast movers belong close to the parts counter (industry). */
public enum Movement {
    /** Picked many times a day. */
    FAST,
    /** Picked now and then. */
    MEDIUM,
    /** Rarely picked. */
    SLOW
}
