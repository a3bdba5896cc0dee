/**
 * Parts operations (P5-P12): the daily work of the parts warehouse and counter on top of the
 * placement engine.
 *
 * <ul>
 *   <li>{@link org.aftersales.inventory.operations.PartsWarehouse}: the module's application
 *       service; every command one unit of work, events {@link org.aftersales.inventory.operations.PartsEvent}
 *       with stable names.</li>
 *   <li>Receiving (P5): {@link org.aftersales.inventory.operations.ReceiveGoods} to a
 *       {@link org.aftersales.inventory.operations.Receipt} with its
 *       {@link org.aftersales.inventory.operations.DiscrepancyReport} and
 *       {@link org.aftersales.inventory.operations.PutawayTask}s; the
 *       {@link org.aftersales.inventory.operations.BinCard}.</li>
 *   <li>Ledger and available to promise (P6, P12): {@link org.aftersales.inventory.operations.StockItem},
 *       {@link org.aftersales.inventory.operations.StockMovement}; the parts-supply port
 *       {@link org.aftersales.inventory.operations.WarehouseSupply}.</li>
 *   <li>Replenishment (P7), shortage (P8), outbound check (P9), customer accounts (P10) and the
 *       counter (P11).</li>
 * </ul>
 *
 * <p>Depends on core, on {@code org.aftersales.inventory} (part master, placement) and on its
 * own {@code spi} package; {@code org.aftersales.inventory} never depends on it. Machinery
 * ({@code Ledger}, the message bundles) is package-private here.
 */
package org.aftersales.inventory.operations;
