/**
 * Implementation of the parts warehouse, not exported: the candidate index of a layout
 * ({@code BinIndex}), the indexed stock ({@code StockIndex}), the placement algorithm
 * ({@code Placer}), audit and re-slotting, the built-in placement rules (public only so that
 * {@code ServiceLoader} can create them), and the message bundles.
 */
package org.aftersales.inventory.internal;
