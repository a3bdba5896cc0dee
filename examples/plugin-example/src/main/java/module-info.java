/**
 * An example vendor plugin: an audit trail of committed domain events, offered to aftersales
 * as an {@link org.aftersales.core.store.EventSubscriber} through {@code provides}, and a plugin
 * type of its own ({@link org.aftersales.example.plugin.Greeter}) hosted by core.
 */
module org.aftersales.example.plugin {
    requires transitive org.aftersales.core;

    exports org.aftersales.example.plugin;

    provides org.aftersales.core.store.EventSubscriber with org.aftersales.example.plugin.AuditTrail;
    provides org.aftersales.example.plugin.Greeter with org.aftersales.example.plugin.PoliteGreeter;
}
