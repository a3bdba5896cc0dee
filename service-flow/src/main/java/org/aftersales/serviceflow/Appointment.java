package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;

/**
 * An appointment (F2): the first stage of a repair order's lifecycle ({@link RepairOrderStatus#BOOKED},
 * {@link RepairOrderStatus#CONFIRMED}), ending when the car is checked in, the customer does not
 * come, or it is cancelled. Immutable; changed only through its own methods, which fire
 * {@link RepairOrderLifecycle#DEFINITION}.
 *
 * @param id the appointment's number
 * @param status where it stands
 * @param customer the customer
 * @param plate the car's plate
 * @param model the car's model
 * @param requests the requested work, in the customer's words
 * @param parts the parts needed
 * @param partsReserved whether every part line was reserved through the parts-supply port
 * @param estimatedCost the estimated cost
 * @param estimatedHours the estimated hours, booked on the team's day
 * @param bringBooklet whether the customer was asked to bring the maintenance booklet
 * @param departureAt when the customer sets off
 * @param expectedArrival when the customer is expected
 * @param team the team (or bay) whose day holds the booking
 * @param advisor the advisor told ahead, who will receive the car
 * @param repairOrder the repair order opened at check-in; null before
 * @param reason why it was cancelled; null otherwise
 */
public record Appointment(AppointmentId id, RepairOrderStatus status, RepairOrder.CustomerInfo customer,
        LicencePlate plate, String model, List<String> requests, List<PartLine> parts, boolean partsReserved,
        Money estimatedCost, BigDecimal estimatedHours, boolean bringBooklet, Instant departureAt,
        Instant expectedArrival, String team, StaffId advisor, RepairOrderId repairOrder, String reason)
        implements Aggregate<AppointmentId> {

    /** Copies the lists. */
    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        requests = List.copyOf(requests);
        parts = List.copyOf(parts);
    }

    /** @return the day the car is expected, in the calendar's zone as the desk gave it */
    LocalDate day(java.time.ZoneId zone) {
        return expectedArrival.atZone(zone).toLocalDate();
    }

    Changed<Appointment> confirm(Stamp s) {
        return move(RepairOrderTrigger.CONFIRM, status, null, repairOrder, reason, s, ServiceEvents.CONFIRMED, Map.of());
    }

    Changed<Appointment> arrive(RepairOrder opened, Stamp s) {
        return move(RepairOrderTrigger.CHECK_IN, status, opened, opened.id(), reason, s, ServiceEvents.ARRIVED,
                Map.of("repair-order", opened.id().value()));
    }

    Changed<Appointment> noShow(Stamp s) {
        return move(RepairOrderTrigger.MARK_NO_SHOW, status, null, repairOrder, reason, s, ServiceEvents.NO_SHOW,
                Map.of());
    }

    Changed<Appointment> cancel(String why, Stamp s) {
        return move(RepairOrderTrigger.CANCEL, status, null, repairOrder, why, s, ServiceEvents.APPOINTMENT_CANCELLED,
                Map.of("reason", why));
    }

    private Changed<Appointment> move(RepairOrderTrigger trigger, RepairOrderStatus from, RepairOrder context,
            RepairOrderId order, String why, Stamp s, String type, Map<String, String> details) {
        RepairOrderStatus to = RepairOrderLifecycle.DEFINITION.fireOrThrow(from, trigger, context).to();
        Appointment next = new Appointment(id, to, customer, plate, model, requests, parts, partsReserved,
                estimatedCost, estimatedHours, bringBooklet, departureAt, expectedArrival, team, advisor, order, why);
        return new Changed<>(next, List.of(s.event(type, id.value(), to, details)));
    }
}
