/**
 * Extension points of the parts warehouse.
 *
 * <table>
 *   <caption>Extension points</caption>
 *   <tr><th>Interface</th><th>Discovered by</th><th>Default</th></tr>
 *   <tr><td>{@link org.aftersales.inventory.spi.PlacementRule}</td>
 *       <td>{@code ServiceLoader} (module path {@code provides}, class path
 *       {@code META-INF/services}), or by hand with
 *       {@link org.aftersales.inventory.PlacementRules#with}</td>
 *       <td>the rules of the parts department standard: one part one bin, fits the bin, level
 *       load, vertical storage, heavy parts low, dedicated racks, look-alikes apart (hard);
 *       same type together, shapes apart, fast movers near the counter, space use (soft)</td></tr>
 * </table>
 *
 * <p>Rules see the question through {@link org.aftersales.inventory.spi.PlacementQuery} and
 * the stock through {@link org.aftersales.inventory.spi.StockView}, and narrow the search with
 * {@link org.aftersales.inventory.spi.SearchBounds}. Depends on the API package and
 * {@code org.aftersales.core} only.
 */
package org.aftersales.inventory.spi;
