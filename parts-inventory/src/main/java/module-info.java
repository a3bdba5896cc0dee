/**
 * aftersales parts warehouse: part master (P1), layout (P2), explained bin placement (P3),
 * layout audit and re-slotting (P4).
 *
 * <p>Exports the API and the {@code spi} package; {@code internal} stays hidden. Looks up
 * {@link org.aftersales.inventory.spi.PlacementRule} plugins with {@code ServiceLoader} and
 * provides the built-in rules the same way.
 */
module org.aftersales.inventory {
    requires transitive org.aftersales.core;
    requires transitive com.google.common;

    exports org.aftersales.inventory;
    exports org.aftersales.inventory.spi;

    opens org.aftersales.inventory to tools.jackson.databind;

    uses org.aftersales.inventory.spi.PlacementRule;

    provides org.aftersales.inventory.spi.PlacementRule with
            org.aftersales.inventory.internal.OnePartOneBinRule,
            org.aftersales.inventory.internal.FitsBinRule,
            org.aftersales.inventory.internal.LevelLoadRule,
            org.aftersales.inventory.internal.VerticalStorageRule,
            org.aftersales.inventory.internal.HeavyLowRule,
            org.aftersales.inventory.internal.DedicatedRackRule,
            org.aftersales.inventory.internal.LookAlikeApartRule,
            org.aftersales.inventory.internal.SameTypeTogetherRule,
            org.aftersales.inventory.internal.ShapesApartRule,
            org.aftersales.inventory.internal.FastMoversNearCounterRule,
            org.aftersales.inventory.internal.SpaceUseRule;
}
