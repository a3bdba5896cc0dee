package org.aftersales.core.store.spi;

import org.aftersales.core.store.Repository;

import java.util.List;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.RepositoryType;
import org.aftersales.core.store.StoredEvent;

/**
 * One all-or-nothing transaction of a {@link StorageEngine}, used from one thread, ended by
 * exactly one {@link #commit} or {@link #rollback}.
 *
 * <p>Contract (checked by the storage compatibility kit): saves are staged and checked
 * against the stored version at once and again at commit; reads see the transaction's own
 * saves, and readers outside see none of them before the commit; counters taken are reserved
 * for this transaction, block other takers of that counter until it ends, and are given back
 * by a rollback; events are staged. {@link #commit} stores everything or nothing at all.
 */
public interface StorageTransaction {

    /**
     * The transaction's view of a repository.
     *
     * @param type the aggregate type
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @return the repository, valid until the transaction ends
     */
    <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type);

    /**
     * The transaction's view of a module's repository; see
     * {@link StorageEngine#repository(RepositoryType)}.
     *
     * @param type the module's repository declaration
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @param <R> the module's repository interface
     * @return the repository, valid until the transaction ends
     */
    default <ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>> R repository(
            RepositoryType<ID, A, R> type) {
        return type.adapt(repository(type.aggregateType()));
    }

    /**
     * Reserves the next counter of a sequence for this transaction.
     *
     * @param sequence the sequence name
     * @param period the period (a year, or 0)
     * @return the counter it will have once committed
     * @throws org.aftersales.core.error.ConcurrentUpdateException when another transaction holds
     *     the counter for longer than the lock timeout
     */
    long nextNumber(String sequence, int period);

    /**
     * Stages an event, appended to the log by the commit.
     *
     * @param event the event
     */
    void append(DomainEvent event);

    /**
     * Commits: checks every staged save against the stored version, calls
     * {@link CommitHook#beforeVisible}, stores the saves, counters and events (all of them;
     * nothing after this point may fail), appends the events to the log, calls {@link CommitHook#afterVisible} with them (commits
     * one at a time, in log order), and ends the transaction. If a version check or the hook's
     * {@code beforeVisible} fails, nothing becomes visible, the transaction is rolled back and
     * the failure is thrown.
     *
     * @param hook called inside the commit
     * @return the committed events with their log positions
     * @throws org.aftersales.core.error.ConcurrentUpdateException when a staged save is stale
     */
    List<StoredEvent> commit(CommitHook hook);

    /** Discards everything staged and gives back reserved counters. Does nothing if ended. */
    void rollback();
}
