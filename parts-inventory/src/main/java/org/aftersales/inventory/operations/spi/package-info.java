/**
 * Extension points of parts operations.
 *
 * <table>
 *   <caption>Extension points</caption>
 *   <tr><th>Interface</th><th>What it decides</th><th>Discovery</th></tr>
 *   <tr><td>{@link org.aftersales.inventory.operations.spi.TransferSource}</td>
 *       <td>where short parts can be transferred from (P8)</td>
 *       <td>by hand on the builder, or {@code ServiceLoader} when asked</td></tr>
 * </table>
 *
 * <p>Every extension point is an {@link org.aftersales.core.plugin.Plugin} hosted by
 * {@link org.aftersales.core.plugin.PluginHost}: ordered by {@code order()} then id, duplicate ids
 * refused, every failure reported as a {@link org.aftersales.core.error.PluginFailureException}
 * with the plugin's id. Counts as one slice with {@code org.aftersales.inventory.operations};
 * depends on core only.
 */
package org.aftersales.inventory.operations.spi;
