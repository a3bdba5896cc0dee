/**
 * Plugins (C8): every extension point of the library is a {@link org.aftersales.core.plugin.Plugin}
 * (a stable id and an order) hosted by {@link org.aftersales.core.plugin.PluginHost}. This is the
 * one place their discovery, order and failure are defined; each extension point's javadoc only
 * adds what is its own.
 *
 * <h2>Discovery, order, failure: the same for every plugin type</h2>
 * <ul>
 *   <li><b>Found</b> with {@link java.util.ServiceLoader}: {@code provides} on the module path,
 *       {@code META-INF/services/<type>} on the class path; plus plugins registered by hand on
 *       the service's builder. A builder's defaults (the in-memory store, the built-in
 *       placement rules and derivations, the default reward policy) are chosen by the builder,
 *       never by the SPI interface.</li>
 *   <li><b>Switched off</b> with {@code PluginHost.builder(type).discovery(false)}, or the
 *       service builder's own switch; then only registered plugins run.</li>
 *   <li><b>Order</b>: ascending {@link org.aftersales.core.plugin.Plugin#order()}, then id
 *       ({@link org.aftersales.core.plugin.Plugin#ORDER}); where one plugin is chosen, it is
 *       the first.</li>
 *   <li><b>Ids</b>: unique within a type; two plugins with one id are refused when the host is
 *       built, with one {@link org.aftersales.core.error.PluginFailureException} naming the id
 *       and both classes. A blank id is refused the same way.</li>
 *   <li><b>Failure</b>: a provider that cannot be loaded ({@link java.util.ServiceConfigurationError}
 *       is always wrapped), or a plugin that throws in any phase, is reported as
 *       {@link org.aftersales.core.error.PluginFailureException} carrying the plugin's id and
 *       its exception; the plugins after it do not run, and inside a unit of work nothing is
 *       stored.</li>
 * </ul>
 *
 * <h2>The extension points</h2>
 * <table>
 *   <caption>Every plugin type, who hosts it, and what is particular to it</caption>
 *   <tr><th>Type</th><th>Hosted by</th><th>Particular to it</th></tr>
 *   <tr><td>{@link org.aftersales.core.store.spi.StorageProvider}</td>
 *       <td>{@code Storage.builder()}</td>
 *       <td>the first in order is opened; the in-memory default ({@code memory}) has
 *           {@code Integer.MAX_VALUE}; {@code providerId(id)} picks one;
 *           {@code provider(p)} skips discovery</td></tr>
 *   <tr><td>{@link org.aftersales.core.store.EventSubscriber}</td>
 *       <td>{@code Storage.builder().subscriber(s)}; discovered only with
 *           {@code discoverSubscribers()}</td>
 *       <td>a failure in {@code prepare} abandons the commit; after the commit point it is
 *           recorded as a {@link org.aftersales.core.store.DeliveryFailure} and the commit
 *           stands</td></tr>
 *   <tr><td>{@link org.aftersales.core.scoring.spi.ItemDerivation}</td>
 *       <td>{@code Scoring.builder()} through {@code ItemDerivations}</td>
 *       <td>the id is the kind catalogues name; a derivation of a built-in kind takes the
 *           built-in's place</td></tr>
 *   <tr><td>{@link org.aftersales.core.scoring.spi.RewardPolicy}</td>
 *       <td>{@code Scoring.builder().rewardPolicy(p)} or {@code discoverRewardPolicy()}</td>
 *       <td>one policy decides: the one given, else the first discovered, else the
 *           library's default</td></tr>
 *   <tr><td>placement rules, and the extension points of the domain modules</td>
 *       <td>each module's service builder</td>
 *       <td>see the module's {@code spi} package</td></tr>
 * </table>
 *
 * <p>Depends on {@code error} only.
 */
package org.aftersales.core.plugin;
