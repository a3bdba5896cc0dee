package org.aftersales.core.storekit;

import java.time.Instant;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;

/**
 * The event the kit publishes.
 *
 * @param metadata id, time, actor, correlation
 * @param note what happened
 */
public record Noted(EventMetadata metadata, String note) implements DomainEvent {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

    /**
     * @param note what happened; also the event id
     * @return the event
     */
    public static Noted of(String note) {
        return new Noted(new EventMetadata(EventId.of("ev-" + note), AT, Actor.system("storekit"),
                CorrelationId.of("kit")), note);
    }
}
