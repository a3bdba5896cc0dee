package org.aftersales.inventory;

/** How two neighbouring bins relate in the layout graph (P2). */
public enum Adjacency {
    /** Side by side on the same level. */
    BESIDE,
    /** One directly above the other in the same rack. */
    STACKED,
    /** Facing each other across the aisle, at the same level. */
    ACROSS_AISLE
}
