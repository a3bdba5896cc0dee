package org.aftersales.inventory;

/** Facts about this module, for diagnostics and the demo. */
public final class PartsInventory {

    /** The JPMS name of this module. */
    public static final String MODULE_NAME = "org.aftersales.inventory";

    private PartsInventory() {
    }
}
