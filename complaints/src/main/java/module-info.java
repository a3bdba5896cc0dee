/** aftersales complaint handling from intake to review. */
module org.aftersales.complaints {
    requires transitive org.aftersales.core;

    exports org.aftersales.complaints;
}
