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
 * Depends on {@code spi} (which it drives) and {@code plugin}; the in-memory default lives in
 * {@code internal.store}.
 */
package org.aftersales.core.store;
