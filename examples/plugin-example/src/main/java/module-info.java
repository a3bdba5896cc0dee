/**
 * An example vendor plugin, what a vendor copies: an audit trail of committed domain events
 * ({@link org.aftersales.core.store.EventSubscriber}), its own placement rule
 * ({@link org.aftersales.example.plugin.FragileLowRule}), its own derived scoring item
 * ({@link org.aftersales.example.plugin.RepeatRepairsDerivation}), its store choice
 * ({@link org.aftersales.example.plugin.VendorStorage}), and a plugin type of its own
 * ({@link org.aftersales.example.plugin.Greeter}) hosted by core.
 */
module org.aftersales.example.plugin {
    requires transitive org.aftersales.core;
    requires transitive org.aftersales.inventory;
    requires transitive org.aftersales.store.jdbc;

    exports org.aftersales.example.plugin;

    provides org.aftersales.core.store.EventSubscriber with org.aftersales.example.plugin.AuditTrail;
    provides org.aftersales.example.plugin.Greeter with org.aftersales.example.plugin.PoliteGreeter;
    // The vendor's own placement rule and derived scoring item, found by the library's hosts.
    provides org.aftersales.inventory.spi.PlacementRule with org.aftersales.example.plugin.FragileLowRule;
    provides org.aftersales.core.scoring.spi.ItemDerivation with org.aftersales.example.plugin.RepeatRepairsDerivation;
}
