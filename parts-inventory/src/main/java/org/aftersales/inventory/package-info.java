/**
 * The API of the parts warehouse.
 *
 * <ul>
 *   <li>P1 part master: {@link org.aftersales.inventory.Part},
 *       {@link org.aftersales.inventory.PartMaster}.</li>
 *   <li>P2 layout: {@link org.aftersales.inventory.Layout} built from a
 *       {@link org.aftersales.inventory.LayoutSpec}, with zones, racks, levels, bins and the
 *       neighbour graph.</li>
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
 * document is refused with every problem and its path. Depends on {@code org.aftersales.core}
 * and Guava only, never on another domain module.
 */
package org.aftersales.inventory;
