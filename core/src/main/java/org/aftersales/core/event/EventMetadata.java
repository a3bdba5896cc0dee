package org.aftersales.core.event;

import java.time.Instant;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;
import org.aftersales.core.internal.Checks;

/**
 * What every domain event carries (C11): its id, when it happened (read from the injected
 * clock, never the system clock), who caused it, and the correlation id that links the events
 * of one repair order or complaint.
 *
 * @param id the event id
 * @param occurredAt when it happened
 * @param actor who caused it
 * @param correlationId the chain it belongs to
 */
public record EventMetadata(EventId id, Instant occurredAt, Actor actor, CorrelationId correlationId) {

    /** Checks every part is present. */
    public EventMetadata {
        Violations v = Checks.violations();
        v.required("id", id);
        v.required("occurredAt", occurredAt);
        v.required("actor", actor);
        v.required("correlationId", correlationId);
        v.throwIfPresent();
    }
}
