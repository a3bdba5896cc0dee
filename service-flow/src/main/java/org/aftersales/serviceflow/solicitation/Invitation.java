package org.aftersales.serviceflow.solicitation;

import java.time.Instant;
import java.util.Objects;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.value.Money;

/**
 * One invitation (F14): to the next visit or to a campaign, and what became of it: booked, came
 * (with the order and its revenue), declined (with its reason code, kept and counted), or
 * joined the loyalty card. Immutable.
 *
 * @param id the invitation's number
 * @param key what it invites to, once per customer or car: {@code next-visit/<car>/<due date>}
 *     or {@code campaign/<campaign>/<customer>}
 * @param campaign the campaign; null for a next-visit invitation
 * @param customer the customer
 * @param vehicle the car; null for a campaign of the customer as a whole
 * @param invitedAt when it was sent
 * @param status where it stands
 * @param appointment the appointment booked; null before
 * @param order the order of the visit; null before
 * @param revenue what the visit paid; zero before
 * @param declineReason the reason code when declined
 * @param declineRemarks the customer's words when declined
 * @param declinedAt when it was declined
 */
public record Invitation(InvitationId id, String key, CampaignId campaign, CustomerId customer, VehicleId vehicle,
        Instant invitedAt, Status status, AppointmentId appointment, RepairOrderId order, Money revenue,
        String declineReason, String declineRemarks, Instant declinedAt) implements Aggregate<InvitationId> {

    /** Where an invitation stands. */
    public enum Status {
        /** Sent; no answer yet. */
        INVITED,
        /** The customer booked an appointment. */
        BOOKED,
        /** The customer came; revenue recorded. */
        CAME,
        /** The customer declined; the reason is kept. */
        DECLINED,
        /** The customer joined the loyalty card. */
        JOINED
    }

    /** Checks the parts. */
    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        revenue = revenue == null ? Money.ZERO : revenue;
    }

    Invitation booked(AppointmentId booked) {
        return new Invitation(id, key, campaign, customer, vehicle, invitedAt, Status.BOOKED, booked, order, revenue,
                null, null, null);
    }

    Invitation came(RepairOrderId visit, Money paid) {
        return new Invitation(id, key, campaign, customer, vehicle, invitedAt, Status.CAME, appointment, visit, paid,
                null, null, null);
    }

    Invitation declined(String reason, String remarks, Instant at) {
        return new Invitation(id, key, campaign, customer, vehicle, invitedAt, Status.DECLINED, appointment, order,
                revenue, reason, remarks, at);
    }

    Invitation joined() {
        return new Invitation(id, key, campaign, customer, vehicle, invitedAt, Status.JOINED, appointment, order,
                revenue, null, null, null);
    }
}
