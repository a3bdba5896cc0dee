package org.aftersales.serviceflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.core.id.AppointmentId;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Money;

/**
 * The commands of {@link ServiceDesk}, one record each (C9). Every command names the staff member
 * who acts ({@code by}); each is checked whole at the boundary, every violation listed with its
 * path and a message in English and Chinese, before anything is loaded or stored.
 */
public final class Commands {

    private Commands() {
    }

    /**
     * The customer as a command gives them.
     *
     * @param id the customer's id
     * @param name the name
     * @param phone the phone number
     * @param group whether a company whose decision-maker signs off
     * @param decisionMaker the decision-maker's name, for a group customer
     */
    public record CustomerDetails(@NotNull CustomerId id, @NotBlank @Size(max = 80) String name,
            @NotBlank @Size(max = 20) String phone, boolean group, @Size(max = 80) String decisionMaker) {
    }

    /**
     * An estimate line as asked for: a labour operation (hours from the labour guide when none
     * given) or a part or fluid; a missing price is asked of the pricing plugins.
     *
     * @param key the line's key within the order; a later revision replaces a line of the same key
     * @param kind labour, part or fluid
     * @param description what it is
     * @param operation the operation code, for labour
     * @param part the part number, for parts and fluids
     * @param quantity hours, pieces or litres; for labour, null to take the flat-rate hours
     * @param unitPrice the price of one unit; null to ask the pricing plugins
     * @param payer who pays
     * @param request the index of the customer's request it serves, or -1
     */
    public record Line(@NotBlank @Size(max = 16) String key, @NotNull EstimateLine.Kind kind,
            @NotBlank @Size(max = 200) String description, @Size(max = 32) String operation, PartNumber part,
            @DecimalMin(value = "0", inclusive = false) BigDecimal quantity, Money unitPrice, @NotNull Payer payer,
            @Min(-1) int request) {
    }

    /**
     * Books an appointment (F2).
     *
     * @param customer the customer
     * @param plate the plate
     * @param model the model
     * @param requests the requested work in the customer's words
     * @param parts the parts needed, checked and reserved through the parts-supply port
     * @param estimatedCost the estimated cost
     * @param estimatedHours the estimated hours, booked on the team's day
     * @param departureAt when the customer sets off
     * @param expectedArrival when they are expected
     * @param team the team (or bay) to book
     * @param advisor the advisor who will receive the car
     * @param by who books
     */
    public record BookAppointment(@NotNull @Valid CustomerDetails customer, @NotNull LicencePlate plate,
            @NotBlank String model, @NotEmpty List<@NotBlank @Size(max = 500) String> requests,
            @NotNull List<@NotNull PartLine> parts, @NotNull Money estimatedCost,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal estimatedHours,
            @NotNull Instant departureAt, @NotNull Instant expectedArrival, @NotBlank String team,
            @NotNull StaffId advisor, @NotNull StaffId by) {
    }

    /**
     * The customer reconfirmed (F2).
     *
     * @param appointment the appointment
     * @param by who called
     */
    public record ConfirmAppointment(@NotNull AppointmentId appointment, @NotNull StaffId by) {
    }

    /**
     * The customer did not come.
     *
     * @param appointment the appointment
     * @param by who records it
     */
    public record MarkNoShow(@NotNull AppointmentId appointment, @NotNull StaffId by) {
    }

    /**
     * Cancels an appointment; its parts and hours are released.
     *
     * @param appointment the appointment
     * @param reason why
     * @param by who
     */
    public record CancelAppointment(@NotNull AppointmentId appointment, @NotBlank String reason,
            @NotNull StaffId by) {
    }

    /**
     * Receives a car (F3): from an appointment, or a walk-in when {@code appointment} is null.
     *
     * @param appointment the appointment, or null for a walk-in
     * @param customer the customer
     * @param vehicle the vehicle's id
     * @param plate the plate
     * @param model the model
     * @param vin the VIN, if read
     * @param mileageKm the odometer reading
     * @param advisor the advisor who owns the order
     * @param requests each request in the customer's own words
     * @param waiting whether the customer waits in the lounge
     * @param mobile the mobile to reach a customer who leaves
     * @param taxiOffered whether a taxi was offered to a customer who leaves
     * @param by who receives
     */
    public record CheckIn(AppointmentId appointment, @NotNull @Valid CustomerDetails customer,
            @NotNull VehicleId vehicle, @NotNull LicencePlate plate, @NotBlank String model, @Size(max = 17) String vin,
            @Min(0) @Max(3_000_000) long mileageKm, @NotNull StaffId advisor,
            @NotEmpty List<@NotBlank @Size(max = 500) String> requests, boolean waiting, @Size(max = 20) String mobile,
            boolean taxiOffered, @NotNull StaffId by) {
    }

    /**
     * The walk-around with the customer present, signed by the customer (F3).
     *
     * @param order the order
     * @param findings body and function findings
     * @param valuablesReminded whether the customer was reminded of valuables
     * @param itemsLeft items left in the car
     * @param coversFitted whether the covers were fitted in front of the customer
     * @param by the advisor
     */
    public record RecordWalkAround(@NotNull RepairOrderId order, @NotNull List<@NotBlank String> findings,
            boolean valuablesReminded, @NotNull List<@NotBlank String> itemsLeft, boolean coversFitted,
            @NotNull StaffId by) {
    }

    /**
     * Records multi-point inspection results (F3).
     *
     * @param order the order
     * @param items the items
     * @param by who records
     */
    public record RecordInspection(@NotNull RepairOrderId order, @NotEmpty List<@NotNull InspectionItem> items,
            @NotNull StaffId by) {
    }

    /**
     * Every request was read back and the customer confirmed it (F3, F4).
     *
     * @param order the order
     * @param by the advisor
     */
    public record ConfirmConcerns(@NotNull RepairOrderId order, @NotNull StaffId by) {
    }

    /**
     * Diagnosis (F4): causes found per request index.
     *
     * @param order the order
     * @param causes the cause found per request index; requests without one stay unknown
     * @param diagnosisBay whether a long diagnosis moved the car to the diagnosis bay
     * @param assistedBy the technician who helped, or null
     * @param by who diagnosed
     */
    public record Diagnose(@NotNull RepairOrderId order, @NotNull Map<@NotNull Integer, @NotBlank String> causes,
            boolean diagnosisBay, StaffId assistedBy, @NotNull StaffId by) {
    }

    /**
     * The estimate's first revision (F5).
     *
     * @param order the order
     * @param lines the lines
     * @param wantedAt when the customer wants the car
     * @param paymentMethod how the customer pays
     * @param invoiceTitle the name on the invoice
     * @param taxNumber the buyer's tax number, or null
     * @param by the advisor
     */
    public record Estimate(@NotNull RepairOrderId order, @NotEmpty List<@NotNull @Valid Line> lines,
            @NotNull Instant wantedAt, @NotBlank String paymentMethod, @NotBlank String invoiceTitle,
            String taxNumber, @NotNull StaffId by) {
    }

    /**
     * A new revision before approval, or at settlement (another price, another part) (F19).
     *
     * @param order the order
     * @param lines the lines of the revision
     * @param reason why
     * @param by who
     */
    public record ReviseEstimate(@NotNull RepairOrderId order, @NotEmpty List<@NotNull @Valid Line> lines,
            @NotBlank String reason, @NotNull StaffId by) {
    }

    /**
     * The customer approves one exact revision, possibly declining some lines (F19); the
     * signature comes from the signature-capture plugin.
     *
     * @param order the order
     * @param revision the revision's number
     * @param declined the keys of the lines declined (kept for later solicitation)
     * @param reason why the quote was won (kept)
     * @param by the advisor
     */
    public record ApproveRevision(@NotNull RepairOrderId order, @Min(1) int revision,
            @NotNull Set<@NotBlank String> declined, @NotBlank String reason, @NotNull StaffId by) {
    }

    /**
     * The customer declines a revision: a lost quote before repair (reason kept), or declined
     * additional work.
     *
     * @param order the order
     * @param revision the revision's number
     * @param reason why
     * @param by the advisor
     */
    public record DeclineRevision(@NotNull RepairOrderId order, @Min(1) int revision, @NotBlank String reason,
            @NotNull StaffId by) {
    }

    /**
     * Gives the job to a team (F6).
     *
     * @param order the order
     * @param team the team's name
     * @param by the dispatcher
     */
    public record Dispatch(@NotNull RepairOrderId order, @NotBlank String team, @NotNull StaffId by) {
    }

    /**
     * A technician clocks on a labour line (F17).
     *
     * @param order the order
     * @param technician the technician
     * @param line the labour line's key
     * @param by who records (the technician)
     */
    public record ClockOn(@NotNull RepairOrderId order, @NotNull StaffId technician, @NotBlank String line,
            @NotNull StaffId by) {
    }

    /**
     * A technician clocks off (F17).
     *
     * @param order the order
     * @param technician the technician
     * @param by who records
     */
    public record ClockOff(@NotNull RepairOrderId order, @NotNull StaffId technician, @NotNull StaffId by) {
    }

    /**
     * Work found during repair, as a new revision awaiting approval (F7).
     *
     * @param order the order
     * @param lines the added or changed lines
     * @param reason what was found
     * @param by who found it
     */
    public record FindAdditionalWork(@NotNull RepairOrderId order, @NotEmpty List<@NotNull @Valid Line> lines,
            @NotBlank String reason, @NotNull StaffId by) {
    }

    /**
     * A delay: the customer gets the new promised time at once (F7).
     *
     * @param order the order
     * @param promisedAt the new promised time
     * @param reason why
     * @param by who
     */
    public record ReportDelay(@NotNull RepairOrderId order, @NotNull Instant promisedAt, @NotBlank String reason,
            @NotNull StaffId by) {
    }

    /**
     * The repair stops until parts come (F15): timed standards pause.
     *
     * @param order the order
     * @param reason what is awaited
     * @param by who records
     */
    public record WaitForParts(@NotNull RepairOrderId order, @NotBlank String reason, @NotNull StaffId by) {
    }

    /**
     * The awaited parts came (F15): the repair goes on and timed standards resume.
     *
     * @param order the order
     * @param by who records
     */
    public record PartsArrived(@NotNull RepairOrderId order, @NotNull StaffId by) {
    }

    /**
     * A car came in and waits to be received (F15): the reception-wait standard starts.
     *
     * @param plate the car's plate
     * @param advisor the advisor who should receive it (its appointment's advisor, or the one on duty)
     * @param by who saw it arrive (the guard or greeter)
     */
    public record RegisterArrival(@NotNull LicencePlate plate, @NotNull StaffId advisor, @NotNull StaffId by) {
    }

    /**
     * The cause found and correction done for one request (F20).
     *
     * @param order the order
     * @param request the request's index
     * @param cause the cause, or null to keep
     * @param correction the correction, or null to keep
     * @param result the result reported
     * @param by who
     */
    public record RecordResult(@NotNull RepairOrderId order, @Min(0) int request, String cause, String correction,
            @NotNull Request.Result result, @NotNull StaffId by) {
    }

    /**
     * The technician's quality guarantee card (F8).
     *
     * @param order the order
     * @param card what the card says
     * @param by the technician
     */
    public record FillGuaranteeCard(@NotNull RepairOrderId order, @NotBlank String card, @NotNull StaffId by) {
    }

    /**
     * Repair finished (F8): needs the self check and the card, and no open clock.
     *
     * @param order the order
     * @param by who
     */
    public record FinishRepair(@NotNull RepairOrderId order, @NotNull StaffId by) {
    }

    /**
     * A quality check (F8); a failure names a reason code and a report.
     *
     * @param order the order
     * @param level which check
     * @param passed whether it passed
     * @param reasonCode the failure's reason code
     * @param report the failure report
     * @param by the inspector
     */
    public record RecordCheck(@NotNull RepairOrderId order, @NotNull QualityCheck.Level level, boolean passed,
            @Size(max = 32) String reasonCode, @Size(max = 2000) String report, @NotNull StaffId by) {
    }

    /**
     * Whether the customer accepts a wash, and the expected time told (F9).
     *
     * @param order the order
     * @param accepted whether accepted
     * @param expectedMinutes the expected wash time
     * @param by the advisor
     */
    public record AgreeWash(@NotNull RepairOrderId order, boolean accepted, @Min(0) @Max(600) int expectedMinutes,
            @NotNull StaffId by) {
    }

    /**
     * The wash is done (F9).
     *
     * @param order the order
     * @param checklist the checklist items done
     * @param parkedFacingExit parked in the completed area facing the exit
     * @param by the washer
     */
    public record FinishWashing(@NotNull RepairOrderId order, @NotNull Set<@NotBlank String> checklist,
            boolean parkedFacingExit, @NotNull StaffId by) {
    }

    /**
     * Tells the customer to pick up (F10), with the agreed time.
     *
     * @param order the order
     * @param pickupAt the agreed pick-up time
     * @param by the advisor
     */
    public record SendPickupNotice(@NotNull RepairOrderId order, @NotNull Instant pickupAt, @NotNull StaffId by) {
    }

    /**
     * A discount on the customer lines, with its named approver (F18).
     *
     * @param order the order
     * @param amount the discount
     * @param approver who approved it (a manager)
     * @param by who applies it
     */
    public record ApplyDiscount(@NotNull RepairOrderId order, @NotNull Money amount, @NotNull StaffId approver,
            @NotNull StaffId by) {
    }

    /**
     * The receiving advisor explains the settlement (F11).
     *
     * @param order the order
     * @param by the advisor
     */
    public record ExplainSettlement(@NotNull RepairOrderId order, @NotNull StaffId by) {
    }

    /**
     * The customer signs the settlement (F11).
     *
     * @param order the order
     * @param by the advisor present
     */
    public record SignSettlement(@NotNull RepairOrderId order, @NotNull StaffId by) {
    }

    /**
     * The cashier takes payment (F11): invoice and exit pass issued.
     *
     * @param order the order
     * @param amount what was paid
     * @param by the cashier
     */
    public record TakePayment(@NotNull RepairOrderId order, @NotNull Money amount, @NotNull StaffId by) {
    }

    /**
     * Hands the car over (F12).
     *
     * @param order the order
     * @param coversRemoved covers removed in front of the customer
     * @param keysReturned keys returned
     * @param licenceReturned licence returned
     * @param bookletReturned booklet returned
     * @param by the advisor
     */
    public record Deliver(@NotNull RepairOrderId order, boolean coversRemoved, boolean keysReturned,
            boolean licenceReturned, boolean bookletReturned, @NotNull StaffId by) {
    }

    /**
     * Security checks the exit pass at the gate (F11).
     *
     * @param order the order
     * @param exitPass the pass shown
     * @param by the guard
     */
    public record PassGate(@NotNull RepairOrderId order, @NotBlank String exitPass, @NotNull StaffId by) {
    }

    /**
     * The follow-up call after delivery (F13). A call that reached the customer gives their
     * satisfaction on the desk's {@link SatisfactionScale} (1 to 5 by default), their remarks in
     * their own words and tags from the desk's remark vocabulary ({@link Vocabulary#remarkTags()}
     * by default); a score below the scale's threshold needs a return visit ({@code back}), booked
     * in the same unit of work. A call that did not reach the customer ({@code reached} false)
     * gives none of these; it is recorded and the order stays due.
     *
     * @param order the order
     * @param reached whether the customer answered
     * @param satisfaction the score; required when reached, absent otherwise
     * @param remarks what the customer said, in their words; required when reached
     * @param tags codes of the remark tags, may be empty
     * @param back the return visit to book; required for an unhappy customer, allowed for any
     * @param by who called
     */
    public record FollowUp(@NotNull RepairOrderId order, boolean reached, Integer satisfaction,
            @Size(max = 1000) String remarks, @NotNull @Size(max = 10) List<@NotBlank String> tags,
            @Valid ReturnVisit back, @NotNull StaffId by) {
    }

    /**
     * A return visit booked from a follow-up call (F13, the rework loop of F1): an appointment on
     * a team's day for the car to come back; when it arrives ({@link ReceiveReturn}) the order goes
     * back to checked-in with the customer's remarks as a new request.
     *
     * @param kind re-inspection or rework
     * @param at when the customer will come
     * @param team the team whose day holds it
     * @param hours the hours booked on that day
     */
    public record ReturnVisit(@NotNull Kind kind, @NotNull Instant at, @NotBlank String team,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal hours) {

        /** What the car comes back for. */
        public enum Kind {
            /** The car is looked at again; the diagnosis decides what follows. */
            REINSPECTION,
            /** The work is done again. */
            REWORK
        }
    }

    /**
     * The car booked back from a follow-up arrives (F13, F1): the appointment is arrived and the
     * order it returns to goes back to checked-in.
     *
     * @param appointment the return appointment
     * @param mileageKm the reading now, not below the last
     * @param by who receives the car
     */
    public record ReceiveReturn(@NotNull AppointmentId appointment, @Min(0) long mileageKm, @NotNull StaffId by) {
    }

    /**
     * Marks a followed-up case as well handled, to be shared in training (F13).
     *
     * @param order the order
     * @param lesson what others can learn from it
     * @param by who marks it
     */
    public record MarkForTraining(@NotNull RepairOrderId order, @NotBlank @Size(max = 1000) String lesson,
            @NotNull StaffId by) {
    }

    /**
     * Closes a followed-up order.
     *
     * @param order the order
     * @param by who
     */
    public record Close(@NotNull RepairOrderId order, @NotNull StaffId by) {
    }

    /**
     * Cancels a repair order before the work begins; reserved parts are released.
     *
     * @param order the order
     * @param reason why
     * @param by who
     */
    public record CancelOrder(@NotNull RepairOrderId order, @NotBlank String reason, @NotNull StaffId by) {
    }

    /**
     * Minutes a technician attended (for productivity, F17).
     *
     * @param technician the technician
     * @param minutes minutes present
     * @param by who records
     */
    public record RecordAttendance(@NotNull StaffId technician, @Min(1) @Max(1440) long minutes,
            @NotNull StaffId by) {
    }
}
