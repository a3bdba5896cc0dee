package org.aftersales.core.store;

import java.util.Objects;
import java.util.function.Function;
import org.aftersales.core.id.Identifier;

/**
 * Binds a module's own repository interface (one that extends {@link Repository} with the
 * queries its domain needs) to its {@link AggregateType} and to an adapter that builds it on
 * top of any store's generic repository. A store may instead supply a native implementation of
 * the interface; see {@link org.aftersales.core.store.spi.StorageEngine#repository(RepositoryType)}.
 *
 * @param <ID> the id type
 * @param <A> the snapshot type
 * @param <R> the module's repository interface
 */
public final class RepositoryType<ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>> {

    private final Class<R> repositoryInterface;
    private final AggregateType<ID, A> aggregateType;
    private final Function<Repository<ID, A>, R> adapter;

    private RepositoryType(Class<R> repositoryInterface, AggregateType<ID, A> aggregateType,
            Function<Repository<ID, A>, R> adapter) {
        this.repositoryInterface = Objects.requireNonNull(repositoryInterface, "repositoryInterface");
        this.aggregateType = Objects.requireNonNull(aggregateType, "aggregateType");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    /**
     * Declares a module repository.
     *
     * @param repositoryInterface the module's interface
     * @param aggregateType the aggregate type it stores
     * @param adapter builds the interface over a generic repository, typically the constructor
     *     of a small class extending {@link org.aftersales.core.store.spi.ForwardingRepository}
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @param <R> the module's repository interface
     * @return the declaration
     */
    public static <ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>>
            RepositoryType<ID, A, R> of(Class<R> repositoryInterface, AggregateType<ID, A> aggregateType,
                    Function<Repository<ID, A>, R> adapter) {
        return new RepositoryType<>(repositoryInterface, aggregateType, adapter);
    }

    /** @return the module's repository interface */
    public Class<R> repositoryInterface() {
        return repositoryInterface;
    }

    /** @return the aggregate type it stores */
    public AggregateType<ID, A> aggregateType() {
        return aggregateType;
    }

    /**
     * Builds the module's repository over a generic one.
     *
     * @param generic a store's repository of {@link #aggregateType()}
     * @return the module's repository
     */
    public R adapt(Repository<ID, A> generic) {
        return Objects.requireNonNull(adapter.apply(generic), "adapter result");
    }

    @Override
    public String toString() {
        return repositoryInterface.getSimpleName() + " over " + aggregateType.name();
    }
}
