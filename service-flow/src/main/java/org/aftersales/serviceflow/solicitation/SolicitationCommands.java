package org.aftersales.serviceflow.solicitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.Customer;
import org.aftersales.core.party.Vehicle;

/**
 * The commands of {@link Solicitation}, one record each. Each names who acts ({@code by}) and is
 * checked whole before anything is read or stored: every violation listed with its path and a
 * message in English and Chinese.
 */
public final class SolicitationCommands {

    private SolicitationCommands() {
    }

    /**
     * Keeps a customer's file: contact preferences, birthday, loyalty card, and their cars with
     * the purchase dates. Replaces an earlier file of the same customer.
     *
     * @param customer the customer
     * @param vehicles their cars, each owned by them
     * @param by who files it
     */
    public record FileCustomer(@NotNull Customer customer, @NotNull @Size(max = 50) List<@NotNull Vehicle> vehicles,
            @NotNull StaffId by) {
    }

    /**
     * Sends the next-visit invitations due on a day (see {@link Solicitation} for the rule).
     *
     * @param day the day
     * @param by who sends them
     */
    public record SendNextVisitInvitations(@NotNull LocalDate day, @NotNull StaffId by) {
    }

    /**
     * Starts a campaign.
     *
     * @param code its code: lower-case letters, digits and hyphens
     * @param kind service event, recall, upgrade or loyalty-card promotion
     * @param title the English title
     * @param titleZh the Chinese title
     * @param from the first day
     * @param until the last day, not before the first
     * @param by who starts it
     */
    public record StartCampaign(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}",
            message = "{campaign.code}") String code, @NotNull Campaign.Kind kind,
            @NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 100) String titleZh,
            @NotNull LocalDate from, @NotNull LocalDate until, @NotNull StaffId by) {
    }

    /**
     * Invites customers to a running campaign; a customer who refuses marketing is left out,
     * and one already invited to it is not invited again.
     *
     * @param campaign the campaign
     * @param customers the customers, each with a file
     * @param by who invites
     */
    public record InviteToCampaign(@NotNull CampaignId campaign,
            @NotEmpty @Size(max = 1000) List<@NotNull CustomerId> customers, @NotNull StaffId by) {
    }

    /**
     * Invites every filed customer without a loyalty card who welcomes marketing to a running
     * loyalty-card promotion.
     *
     * @param campaign a campaign of kind {@link Campaign.Kind#LOYALTY_CARD}
     * @param by who invites
     */
    public record PromoteLoyaltyCard(@NotNull CampaignId campaign, @NotNull StaffId by) {
    }

    /**
     * The invited customer booked an appointment.
     *
     * @param invitation the invitation
     * @param appointment the appointment the service desk booked
     * @param by who records it
     */
    public record RecordBooking(@NotNull InvitationId invitation, @NotNull AppointmentId appointment,
            @NotNull StaffId by) {
    }

    /**
     * The invited customer declined; the reason is kept and counted.
     *
     * @param invitation the invitation
     * @param reason a code of the decline-reason vocabulary
     * @param remarks the customer's words, may be empty
     * @param by who records it
     */
    public record RecordDecline(@NotNull InvitationId invitation, @NotBlank String reason,
            @Size(max = 500) String remarks, @NotNull StaffId by) {
    }

    /**
     * The invited customer came: the order's payment is the invitation's revenue.
     *
     * @param invitation the invitation
     * @param order the settled repair order of the visit
     * @param by who records it
     */
    public record RecordVisit(@NotNull InvitationId invitation, @NotNull RepairOrderId order, @NotNull StaffId by) {
    }

    /**
     * A customer invited by a loyalty-card promotion joined: the card goes on their file.
     *
     * @param invitation the invitation
     * @param cardNumber the new card's number
     * @param by who records it
     */
    public record JoinLoyalty(@NotNull InvitationId invitation, @NotBlank @Size(max = 32) String cardNumber,
            @NotNull StaffId by) {
    }

    /**
     * Queues the greetings of a day: the festival the calendar carries on it, birthdays and
     * purchase anniversaries. Running it again queues nothing twice.
     *
     * @param day the day
     * @param by who queues them
     */
    public record QueueGreetings(@NotNull LocalDate day, @NotNull StaffId by) {
    }
}
