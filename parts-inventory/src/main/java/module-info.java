/**
 * aftersales parts warehouse: part master (P1), layout (P2), explained bin placement (P3),
 * layout audit and re-slotting (P4).
 *
 * <p>Exports the API and the {@code spi} package; the machinery (candidate index, indexed
 * stock, placement, audit, re-slotting, the built-in rules and the message bundles) is
 * package-private beside the API. Looks up vendor
 * {@link org.aftersales.inventory.spi.PlacementRule} plugins through the core plugin host's
 * discovery; the built-in rules are not provided as services but registered by hand by
 * {@link org.aftersales.inventory.PlacementRules}. Guava (the bin neighbour graph) is used
 * inside only and is not part of the API.
 */
module org.aftersales.inventory {
    requires transitive org.aftersales.core;
    requires com.google.common;

    exports org.aftersales.inventory;
    exports org.aftersales.inventory.spi;

    opens org.aftersales.inventory to tools.jackson.databind;

    uses org.aftersales.inventory.spi.PlacementRule;
}
