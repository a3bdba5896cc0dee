/**
 * What embedders, vendors and plugins implement: storage (C7) and hosted plugins (C8).
 * Depends on {@code store} for the values it speaks in (aggregate types, versions, log
 * entries); never on {@code internal}.
 *
 * <h2>Extension points</h2>
 * <table>
 *   <caption>How each extension point is found, ordered, switched off, and what a failure does</caption>
 *   <tr><th>Interface</th><th>Discovered</th><th>Order</th><th>Switch discovery off</th><th>A failure</th></tr>
 *   <tr><td>{@link org.aftersales.core.store.spi.StorageProvider}</td>
 *       <td>{@code ServiceLoader} in {@code Storage.open()} / {@code Storage.builder().build()}:
 *           {@code provides} on the module path, {@code META-INF/services} on the class path;
 *           or {@code Storage.builder().provider(p)} by hand</td>
 *       <td>lowest {@link org.aftersales.core.plugin.Plugin#order()} wins, then lowest id; the
 *           in-memory default ({@code memory}) has {@code Integer.MAX_VALUE};
 *           {@code providerId(id)} picks one</td>
 *       <td>{@code Storage.builder().discovery(false)}, or {@code Storage.inMemory()}</td>
 *       <td>loading, a duplicate id or a throwing {@code open}: {@code PluginFailureException}
 *           with the provider's id, no storage opened</td></tr>
 *   <tr><td>{@link org.aftersales.core.store.EventSubscriber}</td>
 *       <td>by hand ({@code Storage.builder().subscriber(s)}, {@code storage.events().subscribe(s)});
 *           {@code ServiceLoader} only with {@code Storage.builder().discoverSubscribers()}</td>
 *       <td>{@link org.aftersales.core.plugin.Plugin#ORDER}: ascending order, then id</td>
 *       <td>off by default</td>
 *       <td>in {@code prepare} (before the commit point): the commit is abandoned, nothing
 *           stored, {@code PluginFailureException} with the subscriber's id; in
 *           {@code committed} (after it): recorded as a {@code DeliveryFailure}, the commit
 *           stands, the events stay in the log</td></tr>
 *   <tr><td>any {@link org.aftersales.core.plugin.Plugin} type, through
 *           {@link org.aftersales.core.plugin.PluginHost}</td>
 *       <td>{@code ServiceLoader} (module and class path) plus registration by hand</td>
 *       <td>{@link org.aftersales.core.plugin.Plugin#ORDER}</td>
 *       <td>{@code PluginHost.builder(type).discovery(false)}</td>
 *       <td>{@code PluginFailureException} with the plugin's id and cause; later plugins do not
 *           run; inside a unit of work nothing is stored</td></tr>
 *   <tr><td>{@link org.aftersales.core.store.Repository} (module sub-interfaces)</td>
 *       <td>not discovered: a store makes it from the {@code AggregateType} or
 *           {@code RepositoryType} it is asked for</td>
 *       <td>n/a</td><td>n/a</td>
 *       <td>a stale save: {@code ConcurrentUpdateException}, nothing written</td></tr>
 * </table>
 *
 * <h2>Writing a store</h2>
 * Implement {@link org.aftersales.core.store.spi.StorageProvider},
 * {@link org.aftersales.core.store.spi.StorageEngine} and
 * {@link org.aftersales.core.store.spi.StorageTransaction}, declare the provider with
 * {@code provides}, and run the storage compatibility kit (the {@code tests} jar of
 * {@code aftersales-core}, package {@code org.aftersales.core.storekit}) against it.
 */
package org.aftersales.core.store.spi;

import org.aftersales.core.store.Repository;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.plugin.Plugin;
