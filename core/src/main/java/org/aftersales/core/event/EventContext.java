package org.aftersales.core.event;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;

/**
 * Makes {@link EventMetadata} from an injected {@link Clock} and an id source. One context is
 * shared by an application service; it is immutable and thread-safe if its id source is.
 *
 * @param clock the clock events read their time from
 * @param ids the source of event ids
 */
public record EventContext(Clock clock, Supplier<EventId> ids) {

    /** Checks both parts. */
    public EventContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }

    /**
     * A context with random (UUID) event ids.
     *
     * @param clock the clock
     * @return the context
     */
    public static EventContext of(Clock clock) {
        return new EventContext(clock, () -> EventId.of(UUID.randomUUID().toString()));
    }

    /**
     * Metadata for an event happening now.
     *
     * @param actor who causes it
     * @param correlationId the chain it belongs to
     * @return the metadata
     */
    public EventMetadata metadata(Actor actor, CorrelationId correlationId) {
        return new EventMetadata(ids.get(), clock.instant(), actor, correlationId);
    }
}
