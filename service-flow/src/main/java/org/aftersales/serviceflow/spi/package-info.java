/**
 * What dealerships and vendors plug into the service flow. Every extension point is a
 * {@link org.aftersales.core.plugin.Plugin} hosted by {@link org.aftersales.core.plugin.PluginHost}:
 * registered by hand on {@link org.aftersales.serviceflow.ServiceDesk.Builder}, or found with
 * {@link java.util.ServiceLoader} when the builder's {@code discoverPlugins()} is set (this
 * module {@code uses} each interface). They run in {@link org.aftersales.core.plugin.Plugin#ORDER};
 * the first that answers wins; a plugin that throws reaches the caller as
 * {@link org.aftersales.core.error.PluginFailureException} with its id, and the command it took
 * part in stores nothing.
 *
 * <table>
 *   <caption>Extension points</caption>
 *   <tr><th>Interface</th><th>Asked</th><th>Default (chosen by the desk's builder)</th></tr>
 *   <tr><td>{@link org.aftersales.serviceflow.spi.LabourTimes}</td><td>flat-rate hours and skill of an
 *       operation code for a model (F5, F17)</td><td>the table given to the builder</td></tr>
 *   <tr><td>{@link org.aftersales.serviceflow.spi.SignatureCapture}</td><td>the reference of a signature
 *       the vendor stored (F3, F11, F12, F19)</td><td>a paper signature, filed under the document</td></tr>
 *   <tr><td>{@link org.aftersales.serviceflow.spi.Pricing}</td><td>the unit price of a line without one
 *       (F5)</td><td>the builder's labour rate; parts must carry a price</td></tr>
 *   <tr><td>{@link org.aftersales.core.supply.PartsSupply} (core)</td><td>availability, reservation,
 *       release and issue of parts (F2, F5, F6)</td><td>none: parts lines need one</td></tr>
 * </table>
 *
 * <p>Depends on the service flow's API package (one slice with it) and on core; SPI interfaces
 * never construct defaults.
 */
package org.aftersales.serviceflow.spi;
