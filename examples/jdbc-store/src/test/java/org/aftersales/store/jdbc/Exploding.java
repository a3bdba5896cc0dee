package org.aftersales.store.jdbc;

import java.time.Instant;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;

/**
 * An event that cannot be written: reading its note fails, as a fault in the middle of a
 * commit, after the rows are written and before the database commits.
 *
 * @param metadata id, time, actor, correlation
 * @param note never readable
 */
public record Exploding(EventMetadata metadata, String note) implements DomainEvent {

    /** @return a new exploding event */
    public static Exploding now() {
        return new Exploding(new EventMetadata(EventId.of("ev-boom"), Instant.parse("2026-03-01T02:00:00Z"),
                Actor.system("test"), CorrelationId.of("boom")), "boom");
    }

    @Override
    public String note() {
        throw new IllegalStateException("the disk is full");
    }
}
