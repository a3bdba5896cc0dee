/** aftersales parts warehouse: part master, layout, placement, stock. */
module org.aftersales.inventory {
    requires transitive org.aftersales.core;

    exports org.aftersales.inventory;
}
