package org.aftersales.serviceflow;

/** Facts about this module, for diagnostics and the demo. */
public final class ServiceFlow {

    /** The JPMS name of this module. */
    public static final String MODULE_NAME = "org.aftersales.serviceflow";

    private ServiceFlow() {
    }
}
