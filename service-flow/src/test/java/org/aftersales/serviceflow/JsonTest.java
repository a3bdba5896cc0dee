package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.json.AftersalesJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** C10: aggregates, commands and events round-trip exactly through the hardened mapper, for stores that keep JSON. */
class JsonTest {

    static final JsonMapper MAPPER = AftersalesJson.mapper();

    static <T> T roundTrip(T value, Class<T> type) {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    @Test
    void C10_aDeliveredOrderItsAppointmentAndItsEventsRoundTrip() {
        World w = new World();
        AppointmentId ap = AppointmentId.of(w.desk.book(booking("2026-12-01T14:00:00", "2")).get(0).subject());
        w.clock.now = at("2026-12-01T14:00:00");
        RepairOrderId ro = RepairOrderId.of(w.desk.checkIn(checkIn(ap, 10)).get(1).subject());
        w.desk.recordInspection(new Commands.RecordInspection(ro, List.of(
                new InspectionItem("tyres", InspectionItem.Outcome.PASS, WANG, "6 mm")), WANG));
        RepairOrder ready = Walk.toReady(w.desk, ro, List.of(labour("L1", "OIL-CHANGE", Payer.CUSTOMER, 0),
                part("P1", FILTER, "1", "45.50", 0)));
        w.desk.recordResult(new Commands.RecordResult(ro, 1, null, null, Request.Result.UNRESOLVED, WANG));
        Walk.settle(w.desk, ro, ready.settlement().total());
        w.desk.deliver(new Commands.Deliver(ro, true, true, true, true, WANG));
        RepairOrder delivered = w.order(ro);
        assertThat(roundTrip(delivered, RepairOrder.class)).isEqualTo(delivered);
        Appointment appointment = w.desk.appointment(ap).orElseThrow().value();
        assertThat(roundTrip(appointment, Appointment.class)).isEqualTo(appointment);
        for (var stored : w.storage.events().since(0, 1000)) {
            if (stored.event() instanceof ServiceEvent e) {
                assertThat(roundTrip(e, ServiceEvent.class)).isEqualTo(e);
                assertThat(ServiceEvents.ALL).contains(e.type());
            }
        }
        Commands.CheckIn command = checkIn(ap, 10);
        assertThat(roundTrip(command, Commands.CheckIn.class)).isEqualTo(command);
        assertThat(MAPPER.writeValueAsString(delivered)).doesNotContain("needsPart").doesNotContain("\"amount\":{");
    }
}
