/**
 * Extension points of the parts warehouse.
 *
 * <table>
 *   <caption>Extension points</caption>
 *   <tr><th>Interface</th><th>Discovered by</th><th>Default</th></tr>
 *   <tr><td>{@link org.aftersales.inventory.spi.PlacementRule}</td>
 *       <td>a {@link org.aftersales.core.plugin.PluginHost}: its default discovery
 *       ({@code ServiceLoader}: module path {@code provides}, class path
 *       {@code META-INF/services}), or by hand with
 *       {@link org.aftersales.inventory.PlacementRules#with}</td>
 *       <td>chosen by {@link org.aftersales.inventory.PlacementRules} (and so by the
 *       {@link org.aftersales.inventory.PlacementEngine} builder), registered by hand, never
 *       by this package: the rules of the parts department standard: one part one bin, fits
 *       the bin, level load, vertical storage, heavy parts low, dedicated racks, look-alikes
 *       apart (hard); same type together, shapes apart, fast movers near the counter, space
 *       use (soft)</td></tr>
 * </table>
 *
 * <p>A rule that throws, in any phase, is reported as a
 * {@link org.aftersales.core.error.PluginFailureException} naming its id; two rules with one
 * id are refused the same way.
 *
 * <p>Rules see the question through {@link org.aftersales.inventory.spi.PlacementQuery} and
 * the stock through {@link org.aftersales.inventory.spi.StockView}, and narrow the search with
 * {@link org.aftersales.inventory.spi.SearchBounds}. Depends on the API package and
 * {@code org.aftersales.core} only.
 */
package org.aftersales.inventory.spi;
