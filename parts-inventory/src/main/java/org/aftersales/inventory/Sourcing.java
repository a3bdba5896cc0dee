package org.aftersales.inventory;

/** Whether a part comes from the vehicle maker or the aftermarket (P1). */
public enum Sourcing {
    /** Genuine part (正厂件) from the vehicle maker's supply chain. */
    GENUINE,
    /** Aftermarket part from another maker. */
    AFTERMARKET
}
