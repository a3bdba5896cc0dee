package org.aftersales.core.store;

import org.aftersales.core.plugin.Plugin;

import java.util.List;
import org.aftersales.core.event.DomainEvent;

/**
 * A read model or reaction that is told of committed domain events (progress board, tracking
 * log, scoring inputs). A plugin: it has an id and an order and is registered with
 * {@code Storage.builder().subscriber(..)} or {@code storage.events().subscribe(..)}, or found
 * with {@link java.util.ServiceLoader} when {@code Storage.builder().discoverSubscribers()} is
 * set. Only units of work publish events; subscribers are called in {@link Plugin#ORDER}.
 *
 * <p><b>What a failure means.</b> A commit has one point after which it cannot be undone: the
 * moment its changes become visible.
 * <ul>
 *   <li>{@link #prepare} runs inside the commit, <em>before</em> that point: the versions are
 *       checked and nothing is visible yet. A subscriber that throws here vetoes the commit:
 *       nothing is stored, no number is burned, no event is logged, the subscribers already
 *       prepared are told with {@link #abandoned}, and the caller gets
 *       {@link org.aftersales.core.error.PluginFailureException} naming this subscriber.
 *       Use it to check or to stage; do not change what readers can see.</li>
 *   <li>{@link #committed} runs <em>after</em> that point, one commit at a time in log order.
 *       A throw here cannot undo the commit, and does not stop the other subscribers: it is
 *       recorded as a {@link org.aftersales.core.store.DeliveryFailure} in
 *       {@code storage.events().failures()}, and the events remain in the log
 *       ({@code storage.events().since(..)}), so the subscriber can catch up. No event is
 *       lost silently.</li>
 * </ul>
 * Subscribers must not write to the storage from these calls. {@code prepare} may be called
 * from several threads at once for commits of different aggregates.
 */
public interface EventSubscriber extends Plugin {

    /**
     * Checks or stages the events of a commit about to become visible; may veto it by
     * throwing.
     *
     * @param events the events of the commit, in publishing order
     */
    default void prepare(List<DomainEvent> events) {
    }

    /**
     * Undoes what {@link #prepare} staged, when a later subscriber vetoed the commit.
     *
     * @param events the events of the abandoned commit
     */
    default void abandoned(List<DomainEvent> events) {
    }

    /**
     * Takes in the events of a visible commit.
     *
     * @param events the committed events with their log positions
     */
    void committed(List<StoredEvent> events);
}
