/**
 * What embedders and vendors implement for complaint handling:
 * <table>
 *   <caption>Extension points</caption>
 *   <tr><th>Interface</th><th>Decides</th><th>Default</th></tr>
 *   <tr><td>{@link org.aftersales.complaints.spi.ComplaintRouting}</td><td>the department
 *       responsible for a complaint</td><td>routing by cause, chosen by {@code ComplaintDesk}</td></tr>
 *   <tr><td>{@link org.aftersales.complaints.spi.SlaPolicy}</td><td>time limits per severity and
 *       their escalation steps</td><td>{@code StandardSlaPolicy}</td></tr>
 * </table>
 * Both are {@link org.aftersales.core.plugin.Plugin}s: discovery, order, duplicate ids and
 * failure as {@link org.aftersales.core.plugin.PluginHost} documents. The interfaces speak the
 * API package's values and construct no defaults. Depends on {@code org.aftersales.complaints}
 * (its values) and core; nothing else.
 */
package org.aftersales.complaints.spi;
