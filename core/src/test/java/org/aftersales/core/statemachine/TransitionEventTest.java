package org.aftersales.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.fixtures.RepairOrderGraph.Move;
import org.aftersales.core.fixtures.RepairOrderGraph.Step;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.statemachine.RepairOrderFlow.Order;
import org.junit.jupiter.api.Test;

class TransitionEventTest {

    @Test
    void C6_everyTransitionBecomesADomainEventWithItsMetadata() {
        Instant now = Instant.parse("2026-03-02T09:15:00Z");
        EventContext events = new EventContext(Clock.fixed(now, ZoneOffset.UTC), () -> EventId.of("ev-1"));
        EventMetadata metadata = events.metadata(Actor.staff(StaffId.of("sa-07")), CorrelationId.of("ro-2026-0001"));

        Transition<Step, Move> t = RepairOrderFlow.DEFINITION.fireOrThrow(Step.APPOINTMENT_BOOKED, Move.CHECK_IN,
                new Order());
        TransitionEvent<Step, Move> event = t.toEvent(metadata);

        assertThat(event.type()).isEqualTo("repair-order.check-in");
        assertThat(event.from()).isEqualTo(Step.APPOINTMENT_BOOKED);
        assertThat(event.to()).isEqualTo(Step.CHECKED_IN);
        assertThat(event.event()).isEqualTo(Move.CHECK_IN);
        assertThat(event.metadata().occurredAt()).isEqualTo(now);
        assertThat(event.metadata().actor().toString()).isEqualTo("staff:sa-07");
    }
}
