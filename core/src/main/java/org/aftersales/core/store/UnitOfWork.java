package org.aftersales.core.store;

import java.util.Collection;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.Identifier;

/**
 * Work on several aggregates that is stored all together or not at all (C7), given to the
 * function passed to {@link Storage#inUnitOfWork}. Its repositories see its own saves; its
 * sequences reserve numbers that a rollback gives back; its events reach the subscribers only
 * after the commit. Valid only inside that function and on its thread; afterwards every
 * method throws {@link IllegalStateException}.
 */
public interface UnitOfWork {

    /**
     * This unit's view of an aggregate type's repository.
     *
     * @param type the aggregate type
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @return the repository
     */
    <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type);

    /**
     * This unit's view of a module's repository.
     *
     * @param type the module's repository declaration
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @param <R> the module's repository interface
     * @return the repository
     */
    <ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>> R repository(
            RepositoryType<ID, A, R> type);

    /**
     * A sequence whose numbers belong to this unit: given back if it rolls back.
     *
     * @param format the sequence's format
     * @return the sequence
     */
    Sequence sequence(SequenceFormat format);

    /**
     * Publishes an event; it is logged and reaches subscribers only if the unit commits.
     *
     * @param event the event
     */
    void publish(DomainEvent event);

    /**
     * Publishes events in order; see {@link #publish(DomainEvent)}.
     *
     * @param events the events
     */
    default void publishAll(Collection<? extends DomainEvent> events) {
        events.forEach(this::publish);
    }
}
