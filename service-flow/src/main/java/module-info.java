/** aftersales repair-order flow from appointment to follow-up. */
module org.aftersales.serviceflow {
    requires transitive org.aftersales.core;

    exports org.aftersales.serviceflow;
}
