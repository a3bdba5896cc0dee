package org.aftersales.core.store.spi;

import org.aftersales.core.store.Repository;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Versioned;

/**
 * A repository that forwards every call to another. A module makes its own repository
 * interface available on every store with a one-line subclass:
 *
 * <pre>{@code
 * final class BinsOverAnyStore extends ForwardingRepository<BinCode, Bin> implements BinRepository {
 *     BinsOverAnyStore(Repository<BinCode, Bin> generic) { super(generic); }
 * }
 * }</pre>
 *
 * @param <ID> the id type
 * @param <A> the snapshot type
 */
public abstract class ForwardingRepository<ID extends Identifier, A extends Aggregate<ID>> implements Repository<ID, A> {

    private final Repository<ID, A> delegate;

    /**
     * Wraps a repository.
     *
     * @param delegate the repository calls go to
     */
    protected ForwardingRepository(Repository<ID, A> delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** @return the repository calls go to */
    protected final Repository<ID, A> delegate() {
        return delegate;
    }

    @Override
    public AggregateType<ID, A> type() {
        return delegate.type();
    }

    @Override
    public Optional<Versioned<A>> find(ID id) {
        return delegate.find(id);
    }

    @Override
    public Versioned<A> save(A aggregate, long expectedVersion) {
        return delegate.save(aggregate, expectedVersion);
    }

    @Override
    public <K> List<Versioned<A>> findBy(Index<A, K> index, K key) {
        return delegate.findBy(index, key);
    }

    @Override
    public <K extends Comparable<? super K>> List<Versioned<A>> findRange(Index<A, K> index, K fromInclusive, K toExclusive) {
        return delegate.findRange(index, fromInclusive, toExclusive);
    }
}
