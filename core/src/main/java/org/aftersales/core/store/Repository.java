package org.aftersales.core.store;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.id.Identifier;

/**
 * The store of one aggregate type, with optimistic versioning (C7). Domain modules extend it
 * with the queries they need, written as default methods over {@link #findBy} and
 * {@link #findRange} on the indexes their {@link AggregateType} declares; stores implement
 * it (generically, or natively per module interface).
 *
 * <p>Guarantees every implementation must keep, checked by the storage compatibility kit:
 * <ul>
 *   <li>{@link #find} returns the last committed snapshot and its version; inside a unit of
 *       work it also sees that unit's own saves.</li>
 *   <li>{@link #save} stores a snapshot only if the stored version equals the expected one,
 *       and refuses otherwise with {@link ConcurrentUpdateException} naming both versions; a
 *       refused save changes nothing. Versions grow by exactly one per save.</li>
 *   <li>Queries return the snapshots whose index key equals the key (or lies in the range)
 *       at the time of the query, in ascending key order (range) and then ascending id
 *       text; never a snapshot whose current key does not match.</li>
 *   <li>Safe for use from many threads at once (a unit of work's view: from its thread).</li>
 * </ul>
 *
 * <p><b>Discovery and order:</b> none; a store makes repositories when asked for an
 * {@link AggregateType} or a {@link org.aftersales.core.store.RepositoryType}. <b>Failure:</b> a
 * refused save throws and changes nothing; inside a unit of work, any exception rolls the whole
 * unit back.
 *
 * @param <ID> the id type
 * @param <A> the snapshot type
 */
public interface Repository<ID extends Identifier, A extends Aggregate<ID>> {

    /** @return the aggregate type this repository stores */
    AggregateType<ID, A> type();

    /**
     * Looks an aggregate up.
     *
     * @param id its id
     * @return the snapshot and its version, or empty when none is stored
     */
    Optional<Versioned<A>> find(ID id);

    /**
     * Looks up an aggregate that must exist.
     *
     * @param id its id
     * @return the snapshot and its version
     * @throws NotFoundException when none is stored
     */
    default Versioned<A> get(ID id) {
        return find(id).orElseThrow(() -> new NotFoundException(type().name(), id.value()));
    }

    /**
     * Stores a snapshot if nobody stored the aggregate since it was read.
     *
     * @param aggregate the new snapshot
     * @param expectedVersion the version it was based on; {@link Versioned#NEW} for an
     *     aggregate not stored yet
     * @return the snapshot with its new version, {@code expectedVersion + 1}
     * @throws ConcurrentUpdateException when the stored version is not the expected one
     */
    Versioned<A> save(A aggregate, long expectedVersion);

    /**
     * The aggregates whose key in the given index equals the key.
     *
     * @param index an index declared by {@link #type()}: the very constant it lists
     * @param key the key, not null
     * @param <K> the key type
     * @return the matches in ascending id text
     * @throws IllegalArgumentException if the type does not declare the index
     */
    <K> List<Versioned<A>> findBy(Index<A, K> index, K key);

    /**
     * The aggregates whose key in the given sorted index lies in {@code [from, to)}.
     *
     * @param index a sorted index declared by {@link #type()}
     * @param fromInclusive the lowest key, or null for no lower bound
     * @param toExclusive the key above the highest, or null for no upper bound
     * @param <K> the key type
     * @return the matches in ascending key, then ascending id text
     * @throws IllegalArgumentException if the index is not declared or not sorted
     */
    <K extends Comparable<? super K>> List<Versioned<A>> findRange(Index<A, K> index, K fromInclusive, K toExclusive);
}
