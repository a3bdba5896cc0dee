package org.aftersales.core.event;

/**
 * Something that happened in the domain (C11). Implementations are immutable records: an
 * aggregate's methods return the events they caused, and the application service publishes
 * them after the change is stored.
 */
public interface DomainEvent {

    /** @return id, time, actor and correlation id */
    EventMetadata metadata();

    /**
     * A stable name of the kind of event, such as {@code repair-order.checked-in}; by default
     * the simple class name.
     *
     * @return the event type
     */
    default String type() {
        return getClass().getSimpleName();
    }
}
