package org.aftersales.inventory;

/** The kinds of storage furniture a warehouse has (P2). */
public enum RackKind {
    /** Ordinary shelving with horizontal levels. */
    SHELF,
    /** A rack where parts stand upright: long slender and crush-sensitive parts (P3). */
    VERTICAL_RACK,
    /** Marked floor space for bulky or very heavy goods. */
    FLOOR_AREA,
    /** A cabinet of small drawers for small parts. */
    DRAWER_CABINET
}
