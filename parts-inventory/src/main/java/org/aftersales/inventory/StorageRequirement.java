package org.aftersales.inventory;

/** How a part must be stored (P1). */
public enum StorageRequirement {
    /** No special requirement. */
    ANY,
    /**
     * Must stand upright in a vertical rack: long slender parts such as mufflers and exhaust
     * pipes, windscreens, and any part that would be damaged lying under other parts (P3).
     */
    VERTICAL
}
