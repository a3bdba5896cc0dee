package org.aftersales.serviceflow;

import java.time.Instant;
import java.util.Map;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.id.CorrelationId;

/** Who acts, when, and in which chain: what an aggregate method needs to stamp its events. */
record Stamp(EventContext context, Actor actor, CorrelationId correlation, Instant now) {

    static Stamp of(EventContext context, Actor actor, String correlation) {
        return new Stamp(context, actor, CorrelationId.of(correlation), context.clock().instant());
    }

    ServiceEvent event(String type, String subject, RepairOrderStatus status, Map<String, String> details) {
        return new ServiceEvent(type, context.metadata(actor, correlation), subject, status, details);
    }
}
