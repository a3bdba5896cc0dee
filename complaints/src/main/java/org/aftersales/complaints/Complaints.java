package org.aftersales.complaints;

/** Facts about this module, for diagnostics and the demo. */
public final class Complaints {

    /** The JPMS name of this module. */
    public static final String MODULE_NAME = "org.aftersales.complaints";

    private Complaints() {
    }
}
