package org.aftersales.core.scoring.spi;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.event.DomainEvent;

/**
 * Where {@link org.aftersales.core.scoring.Scoring} reads recorded events for derived items
 * (S3). The embedding system backs it with its event store; {@link #none()} is the default
 * and {@link #of(List)} serves a fixed list (tests, demos). Must be thread-safe.
 */
@FunctionalInterface
public interface EventHistory {

    /**
     * The recorded events in a time range, oldest first.
     *
     * @param from the first instant, inclusive
     * @param to the last instant, exclusive
     * @return the events
     */
    List<DomainEvent> between(Instant from, Instant to);

    /** @return a history with no events */
    static EventHistory none() {
        return (from, to) -> List.of();
    }

    /**
     * A history over a fixed list.
     *
     * @param events the events
     * @return the history
     */
    static EventHistory of(List<? extends DomainEvent> events) {
        List<DomainEvent> sorted = events.stream()
                .map(DomainEvent.class::cast)
                .sorted(Comparator.comparing(e -> e.metadata().occurredAt()))
                .toList();
        return (from, to) -> sorted.stream()
                .filter(e -> !e.metadata().occurredAt().isBefore(from) && e.metadata().occurredAt().isBefore(to))
                .toList();
    }
}
