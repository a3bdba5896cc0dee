package org.aftersales.core.store;

import java.util.Objects;
import org.aftersales.core.event.DomainEvent;

/**
 * A committed event with its position in the storage's event log. Positions start at 1, grow
 * by one per event, and follow commit order.
 *
 * @param position the position in the log
 * @param event the event
 */
public record StoredEvent(long position, DomainEvent event) {

    /** Checks the parts. */
    public StoredEvent {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("log positions start at 1, not " + position);
        }
    }
}
