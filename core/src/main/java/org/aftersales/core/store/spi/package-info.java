/**
 * What a store implements (C7): {@link org.aftersales.core.store.spi.StorageProvider} (a
 * {@link org.aftersales.core.plugin.Plugin}, found and ordered as every plugin is; see
 * {@link org.aftersales.core.plugin}), the {@link org.aftersales.core.store.spi.StorageEngine}
 * it opens, the {@link org.aftersales.core.store.spi.StorageTransaction} of a unit of work, the
 * {@link org.aftersales.core.store.spi.CommitHook} the engine calls around its commit point,
 * {@link org.aftersales.core.store.spi.StagedSaves} for a transaction that stages its saves until
 * the commit and reads its own writes (the in-memory and JDBC stores share it), and
 * {@link org.aftersales.core.store.spi.ForwardingRepository} for a module's typed repositories.
 * Speaks in the values of {@code store} (aggregate types, versions, log entries), with which it
 * forms one layer; never depends on {@code internal}.
 *
 * <h2>Writing a store</h2>
 * Implement {@code StorageProvider}, {@code StorageEngine} and {@code StorageTransaction},
 * declare the provider with {@code provides} (and {@code META-INF/services} for the class path),
 * and run the storage compatibility kit (the {@code tests} jar of {@code aftersales-core},
 * package {@code org.aftersales.core.storekit}) against it. A stale save must throw
 * {@code ConcurrentUpdateException} and write nothing; a store makes every
 * {@link org.aftersales.core.store.Repository} from the {@code AggregateType} or
 * {@code RepositoryType} it is asked for, with no registration.
 */
package org.aftersales.core.store.spi;
