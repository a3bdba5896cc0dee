/**
 * The API of the parts warehouse.
 *
 * <ul>
 *   <li>P1 part master: {@link org.aftersales.inventory.Part},
 *       {@link org.aftersales.inventory.PartMaster}.</li>
 *   <li>P2 layout: {@link org.aftersales.inventory.Layout} built from a
 *       {@link org.aftersales.inventory.LayoutSpec}, with zones, racks, levels, bins and which
 *       bins neighbour.</li>
 *   <li>P3 placement: {@link org.aftersales.inventory.PlacementEngine#place} gives a
 *       {@link org.aftersales.inventory.PlacementDecision} or throws a business rule exception
 *       whose detail is {@link org.aftersales.inventory.NoBinFits}; rules come from
 *       {@link org.aftersales.inventory.PlacementRules} and a
 *       {@link org.aftersales.inventory.RuleSet}; thresholds are
 *       {@link org.aftersales.inventory.PlacementSettings}.</li>
 *   <li>P4 audit and re-slotting: {@link org.aftersales.inventory.AuditReport},
 *       {@link org.aftersales.inventory.ReslottingPlan}.</li>
 * </ul>
 *
 * <p>The JSON documents (part master, layout, stock, settings, rule sets) are described in
 * {@code parts-inventory/FORMATS.md}; they are read with the core hardened mapper, so a bad
 * document is refused with every problem and its path.
 *
 * <p>The machinery lives here too, package-private (as Caffeine keeps its engine beside its
 * builder): the candidate index of a layout ({@code BinIndex}), the indexed stock
 * ({@code StockIndex}), the placement algorithm ({@code Placer}), audit and re-slotting,
 * the built-in placement rules ({@code StandardRules}) and the message bundles
 * ({@code InventoryMessages}, {@code messages_en/zh.properties}). There is no
 * {@code internal} package: an API package and an internal one that serve each other would
 * form a package cycle.
 *
 * <p>Depends on {@code org.aftersales.core}, its own {@code spi} package (which counts as one
 * with it) and Guava inside (never in a signature); never on another domain module.
 */
package org.aftersales.inventory;
