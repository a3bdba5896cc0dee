package org.aftersales.serviceflow;

import java.util.List;
import java.util.Objects;

/**
 * What an aggregate method returns: the new snapshot and the events the change caused, in order.
 *
 * @param value the new snapshot
 * @param events the events
 * @param <A> the aggregate type
 */
public record Changed<A>(A value, List<ServiceEvent> events) {

    /** Copies the events. */
    public Changed {
        Objects.requireNonNull(value, "value");
        events = List.copyOf(events);
    }
}
