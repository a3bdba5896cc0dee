/**
 * Storage as the domain uses it (C7): the entry point {@link org.aftersales.core.store.Storage},
 * all-or-nothing {@link org.aftersales.core.store.UnitOfWork}s, results with their
 * {@link org.aftersales.core.store.Versioned version}, gap-free
 * {@link org.aftersales.core.store.Sequence}s, the {@link org.aftersales.core.store.EventSink},
 * and the declarations of what is stored ({@link org.aftersales.core.store.AggregateType},
 * {@link org.aftersales.core.store.Index}, {@link org.aftersales.core.store.RepositoryType}).
 *
 * <h2>Adding a module's repository</h2>
 * <ol>
 *   <li>Make the aggregate an immutable record implementing
 *       {@link org.aftersales.core.store.Aggregate Aggregate&lt;YourId&gt;}.</li>
 *   <li>In the module's {@code spi} package, declare an interface extending
 *       {@link org.aftersales.core.store.Repository Repository&lt;YourId, YourAggregate&gt;}, with
 *       its indexes as constants and its queries as default methods over {@code findBy} /
 *       {@code findRange}, an {@code AggregateType} listing the indexes, and a
 *       {@code RepositoryType} whose adapter is a small
 *       {@link org.aftersales.core.store.spi.ForwardingRepository} subclass.</li>
 *   <li>Get it with {@code storage.repository(TYPE)} or, inside a unit of work,
 *       {@code work.repository(TYPE)}. Every store serves it with no registration; a store
 *       may supply a hand-written implementation by overriding
 *       {@code StorageEngine.repository(RepositoryType)}.</li>
 * </ol>
 * Also here: {@link org.aftersales.core.store.Repository}, what callers get from a storage, and
 * {@link org.aftersales.core.store.EventSubscriber}, the read models that follow the event log.
 * Depends on {@code store.spi} (which it drives, as one layer) and {@code plugin}; the
 * thread-safe in-memory default lives here as package-private classes, chosen by
 * {@code Storage} itself when no provider is found.
 */
package org.aftersales.core.store;
