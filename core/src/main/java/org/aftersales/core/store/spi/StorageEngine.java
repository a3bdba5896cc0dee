package org.aftersales.core.store.spi;

import org.aftersales.core.store.Repository;

import java.util.List;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.RepositoryType;
import org.aftersales.core.store.StoredEvent;

/**
 * An open store: what a {@link StorageProvider} makes and what
 * {@link org.aftersales.core.store.Storage} drives. Implementations are thread-safe. Every
 * operation outside a {@link StorageTransaction} commits on its own. Not discovered itself: its
 * {@link StorageProvider} is, and opens one engine per storage.
 *
 * <p><b>Adding a module's repository type.</b> Nothing needs registering: the first call of
 * {@link #repository(AggregateType)} with a new type creates its table (or maps it to an
 * existing one) and its indexes; a second, different type under the same name is refused with
 * {@link IllegalArgumentException}. Module interfaces come from
 * {@link #repository(RepositoryType)}, which by default adapts the generic repository; a store
 * that wants hand-written queries for a module overrides it and returns its own implementation
 * of {@link RepositoryType#repositoryInterface()} for that type (and likewise in
 * {@link StorageTransaction}).
 */
public interface StorageEngine extends AutoCloseable {

    /**
     * The repository of an aggregate type; each save commits on its own.
     *
     * @param type the aggregate type
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @return the repository
     * @throws IllegalArgumentException if another type is stored under the same name
     */
    <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type);

    /**
     * A module's repository; by default {@code type.adapt(repository(type.aggregateType()))}.
     *
     * @param type the module's repository declaration
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @param <R> the module's repository interface
     * @return the repository
     */
    default <ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>> R repository(
            RepositoryType<ID, A, R> type) {
        return type.adapt(repository(type.aggregateType()));
    }

    /**
     * Takes the next counter of a sequence for a period and commits it at once: 1 for the
     * first, then without gaps or duplicates under any concurrency.
     *
     * @param sequence the sequence name
     * @param period the period (a year, or 0)
     * @return the counter
     * @throws org.aftersales.core.error.ConcurrentUpdateException when a transaction holds the
     *     counter for longer than the lock timeout
     */
    long nextNumber(String sequence, int period);

    /**
     * Starts a transaction, used from the calling thread only.
     *
     * @return the transaction
     */
    StorageTransaction begin();

    /**
     * Reads the event log.
     *
     * @param afterPosition the position after which to start (0 for the beginning)
     * @param max the most events to return
     * @return committed events in position order
     */
    List<StoredEvent> events(long afterPosition, int max);

    /** Releases the store's resources; the engine is unusable afterwards. */
    @Override
    void close();
}
