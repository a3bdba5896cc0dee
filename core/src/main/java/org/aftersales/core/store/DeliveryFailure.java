package org.aftersales.core.store;

import java.util.List;
import java.util.Objects;
import org.aftersales.core.error.PluginFailureException;

/**
 * A subscriber threw when told of a commit that had already become visible. The commit stands;
 * the events are still in the log, so the subscriber can read them again from
 * {@link EventSink#since(long, int)}.
 *
 * @param subscriberId the subscriber's id
 * @param events the events it was given
 * @param failure the failure, naming the subscriber, with its exception as cause
 */
public record DeliveryFailure(String subscriberId, List<StoredEvent> events, PluginFailureException failure) {

    /** Checks the parts and copies the list. */
    public DeliveryFailure {
        Objects.requireNonNull(subscriberId, "subscriberId");
        events = List.copyOf(events);
        Objects.requireNonNull(failure, "failure");
    }

    /** @return the position of the first event the subscriber missed */
    public long firstPosition() {
        return events.get(0).position();
    }
}
