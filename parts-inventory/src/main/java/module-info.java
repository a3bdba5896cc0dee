/**
 * aftersales parts warehouse: part master (P1), layout (P2), explained bin placement (P3),
 * layout audit and re-slotting (P4); and in {@code operations}, the daily work on top of it
 * (P5-P12): receiving to putaway, the stock ledger and available to promise, replenishment,
 * shortage and transfers, outbound check, customer accounts and the counter.
 *
 * <p>Exports the API and the {@code spi} package; the machinery (candidate index, indexed
 * stock, placement, audit, re-slotting, the built-in rules and the message bundles) is
 * package-private beside the API. Looks up vendor
 * {@link org.aftersales.inventory.spi.PlacementRule} plugins through the core plugin host's
 * discovery; the built-in rules are not provided as services but registered by hand by
 * {@link org.aftersales.inventory.PlacementRules}. Provides the core parts-supply port
 * ({@link org.aftersales.inventory.operations.WarehouseSupply}) and looks up
 * {@link org.aftersales.inventory.operations.spi.TransferSource} plugins when the
 * {@code PartsWarehouse} builder asks for discovery. Guava (the bin neighbour graph) is used
 * inside only and is not part of the API.
 */
module org.aftersales.inventory {
    requires transitive org.aftersales.core;
    requires com.google.common;

    exports org.aftersales.inventory;
    exports org.aftersales.inventory.spi;
    exports org.aftersales.inventory.operations;
    exports org.aftersales.inventory.operations.spi;

    opens org.aftersales.inventory to tools.jackson.databind;
    opens org.aftersales.inventory.operations to tools.jackson.databind, org.hibernate.validator;

    uses org.aftersales.inventory.spi.PlacementRule;
    uses org.aftersales.inventory.operations.spi.TransferSource;

    provides org.aftersales.core.supply.PartsSupply with org.aftersales.inventory.operations.WarehouseSupply;
}
