package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.RepairOrderStatus.*;
import static org.aftersales.serviceflow.RepairOrderTrigger.*;

import java.util.function.Predicate;
import org.aftersales.core.statemachine.Guard;
import org.aftersales.core.statemachine.StateMachineBuilder;
import org.aftersales.core.statemachine.StateMachineDefinition;

/**
 * The repair-order lifecycle (F1) as this module's engine definition: booked, confirmed, checked
 * in (walk-ins start here), diagnosed, estimated, approved, dispatched, in repair, additional work
 * awaiting approval, waiting for parts, quality check, washing (only if the customer accepts it), ready for pick-up,
 * settled, delivered, followed up, closed; plus cancelled, no-show, a failed check that sends the
 * car back to repair, and a rework loop from the follow-up. The pick-up notice may go out during
 * the final check or the wash.
 *
 * <p><b>Guards read the order as the command would leave it.</b> Each aggregate method applies
 * the command's data to a candidate snapshot and fires the engine with that candidate as context;
 * a guard names a rule the target state needs (a signed revision, no open clock, every request
 * with a result...). So every refusal, of a move or of a guard, comes from the engine and names
 * the state, the trigger, the triggers allowed now and each refusing guard, in English and
 * Chinese. An {@link Appointment} fires the first triggers with the order it would open (or null
 * where no guard applies).
 *
 * <p>The definition is immutable and shared; use it for diagrams ({@code toMermaid()}), for the
 * allowed moves of an order, and in benchmarks.
 */
public final class RepairOrderLifecycle {

    /** Guard: the mileage read at reception is not below the last reading. */
    public static final String MILEAGE = "mileage-not-below-last";
    /** Guard: every request was read back and confirmed by the customer. */
    public static final String CONCERNS_CONFIRMED = "concerns-confirmed";
    /** Guard: the walk-around was signed by the customer and the covers fitted. */
    public static final String WALK_AROUND = "walk-around-signed";
    /** Guard: no inspection item claims a verdict nobody checked. */
    public static final String INSPECTION_HONEST = "no-unchecked-verdict";
    /** Guard: no request is reported fixed without a cause found. */
    public static final String NO_FIX_WITHOUT_CAUSE = "no-fix-without-cause";
    /** Guard: the latest revision has lines. */
    public static final String HAS_LINES = "revision-has-lines";
    /** Guard: the latest revision is approved with the customer's signature. */
    public static final String SIGNED = "revision-signed";
    /** Guard: payment method and invoice details are collected. */
    public static final String PAYMENT_DETAILS = "payment-details-collected";
    /** Guard: the parts of the approved lines are reserved. */
    public static final String PARTS = "parts-reserved";
    /** Guard: no technician's clock is open on the order. */
    public static final String NO_OPEN_CLOCK = "no-open-clock";
    /** Guard: the technician's self check passed and the guarantee card is filled. */
    public static final String SELF_CHECK = "self-check-passed";
    /** Guard: the team leader's check passed after the last repair. */
    public static final String TEAM_CHECK = "team-leader-check-passed";
    /** Guard: the final inspection passed after the last repair. */
    public static final String FINAL_CHECK = "final-inspection-passed";
    /** Guard: the customer accepted the wash. */
    public static final String WASH_ACCEPTED = "wash-accepted";
    /** Guard: the customer declined the wash. */
    public static final String WASH_DECLINED = "wash-declined";
    /** Guard: the wash checklist is complete and the car parked facing the exit. */
    public static final String WASH_DONE = "wash-checklist-complete";
    /** Guard: every request of the intake sheet has a result. */
    public static final String RESULTS = "every-request-has-result";
    /** Guard: the advisor's pre-delivery check passed. */
    public static final String PRE_DELIVERY = "pre-delivery-check-passed";
    /** Guard: no revision waits for approval, and the sheet charges approved lines only. */
    public static final String ONLY_APPROVED = "only-approved-charges";
    /** Guard: the receiving advisor explained the settlement. */
    public static final String EXPLAINED = "settlement-explained";
    /** Guard: the customer signed the settlement. */
    public static final String SETTLEMENT_SIGNED = "settlement-signed";
    /** Guard: the amount paid is the settlement's total. */
    public static final String PAID = "paid-in-full";
    /** Guard: covers removed, keys, licence and booklet returned, group sign-off. */
    public static final String HANDED_OVER = "handed-over";
    /** Guard: the exit pass shown at the gate is this order's and not used before. */
    public static final String EXIT_PASS = "exit-pass-valid";

    private RepairOrderLifecycle() {
    }

    private static Guard<RepairOrder> guard(String name, Predicate<RepairOrder> test) {
        return Guard.require(o -> o != null && test.test(o), "repair-order." + name,
                FlowMessages.text("guard." + name));
    }

    private static final Guard<RepairOrder> G_MILEAGE = guard(MILEAGE, RepairOrder::mileageNotBelowLast);
    private static final Guard<RepairOrder> G_CONFIRMED = guard(CONCERNS_CONFIRMED,
            o -> !o.requests().isEmpty() && o.requests().stream().allMatch(Request::confirmed));
    private static final Guard<RepairOrder> G_WALK = guard(WALK_AROUND,
            o -> o.reception().signature() != null && o.reception().coversFitted());
    private static final Guard<RepairOrder> G_INSPECTION = guard(INSPECTION_HONEST,
            o -> o.inspection().stream().noneMatch(InspectionItem::claimsWithoutCheck));
    private static final Guard<RepairOrder> G_CAUSE = guard(NO_FIX_WITHOUT_CAUSE,
            o -> o.requests().stream().noneMatch(r -> r.result() == Request.Result.FIXED
                    && (r.cause() == null || r.correction() == null)));
    private static final Guard<RepairOrder> G_LINES = guard(HAS_LINES,
            o -> o.latestRevision().map(r -> !r.lines().isEmpty()).orElse(false));
    private static final Guard<RepairOrder> G_SIGNED = guard(SIGNED,
            o -> o.latestRevision().map(r -> r.status() == Revision.Status.APPROVED && r.signature() != null)
                    .orElse(false));
    private static final Guard<RepairOrder> G_PAYMENT = guard(PAYMENT_DETAILS, o -> o.payment() != null);
    private static final Guard<RepairOrder> G_PARTS = guard(PARTS, RepairOrder::partsReserved);
    private static final Guard<RepairOrder> G_CLOCK = guard(NO_OPEN_CLOCK,
            o -> o.clocks().stream().allMatch(c -> c.off() != null));
    private static final Guard<RepairOrder> G_SELF = guard(SELF_CHECK,
            o -> o.passedSinceRepair(QualityCheck.Level.SELF) && o.guaranteeCard() != null);
    private static final Guard<RepairOrder> G_TEAM = guard(TEAM_CHECK,
            o -> o.passedSinceRepair(QualityCheck.Level.TEAM_LEADER));
    private static final Guard<RepairOrder> G_FINAL = guard(FINAL_CHECK,
            o -> o.passedSinceRepair(QualityCheck.Level.FINAL));
    private static final Guard<RepairOrder> G_WASH_YES = guard(WASH_ACCEPTED, o -> o.wash().accepted());
    private static final Guard<RepairOrder> G_WASH_NO = guard(WASH_DECLINED, o -> !o.wash().accepted());
    private static final Guard<RepairOrder> G_WASH_DONE = guard(WASH_DONE,
            o -> o.wash().checklist().containsAll(RepairOrder.WASH_CHECKLIST) && o.wash().parkedFacingExit());
    private static final Guard<RepairOrder> G_RESULTS = guard(RESULTS,
            o -> o.requests().stream().allMatch(Request::hasResult));
    private static final Guard<RepairOrder> G_PRE = guard(PRE_DELIVERY,
            o -> o.passedSinceRepair(QualityCheck.Level.PRE_DELIVERY));
    private static final Guard<RepairOrder> G_ONLY_APPROVED = guard(ONLY_APPROVED, RepairOrder::chargesOnlyApproved);
    private static final Guard<RepairOrder> G_EXPLAINED = guard(EXPLAINED, o -> o.settlementExplainedBy() != null);
    private static final Guard<RepairOrder> G_SETTLEMENT_SIGNED = guard(SETTLEMENT_SIGNED,
            o -> o.settlementSignature() != null);
    private static final Guard<RepairOrder> G_PAID = guard(PAID,
            o -> o.settlement() != null && o.paid() != null && o.paid().equals(o.settlement().total()));
    private static final Guard<RepairOrder> G_HANDED = guard(HANDED_OVER, RepairOrder::handedOver);
    private static final Guard<RepairOrder> G_PASS = guard(EXIT_PASS,
            o -> o.exitPass() != null && o.exitPass().equals(o.presentedPass()) && o.gateExits() == 1);

    /** The definition: states {@link RepairOrderStatus}, triggers {@link RepairOrderTrigger}; declared
     * after the guards it uses. */
    public static final StateMachineDefinition<RepairOrderStatus, RepairOrderTrigger, RepairOrder> DEFINITION =
            build();

    private static StateMachineDefinition<RepairOrderStatus, RepairOrderTrigger, RepairOrder> build() {
        StateMachineBuilder<RepairOrderStatus, RepairOrderTrigger, RepairOrder> b = StateMachineDefinition
                .builder("repair-order", RepairOrderStatus.class, RepairOrderTrigger.class, RepairOrder.class);
        b.initial(BOOKED, CHECKED_IN).finals(CLOSED, CANCELLED, NO_SHOW);
        b.from(BOOKED).on(CONFIRM).to(CONFIRMED)
                .from(BOOKED, CONFIRMED).on(CHECK_IN).to(CHECKED_IN).guard(MILEAGE, G_MILEAGE)
                .from(BOOKED, CONFIRMED).on(MARK_NO_SHOW).to(NO_SHOW)
                .from(BOOKED, CONFIRMED, CHECKED_IN, DIAGNOSED, ESTIMATED, APPROVED).on(CANCEL).to(CANCELLED)
                .from(CHECKED_IN, DIAGNOSED, ESTIMATED, APPROVED, DISPATCHED, IN_REPAIR, AWAITING_ADDITIONAL_APPROVAL,
                        WAITING_FOR_PARTS, QUALITY_CHECK, WASHING, READY_FOR_PICKUP).on(RECORD).stay()
                .guard(MILEAGE, G_MILEAGE).guard(INSPECTION_HONEST, G_INSPECTION).guard(NO_FIX_WITHOUT_CAUSE, G_CAUSE)
                .from(CHECKED_IN).on(DIAGNOSE).to(DIAGNOSED)
                .guard(CONCERNS_CONFIRMED, G_CONFIRMED).guard(WALK_AROUND, G_WALK).guard(INSPECTION_HONEST, G_INSPECTION)
                .from(DIAGNOSED).on(ESTIMATE).to(ESTIMATED).guard(HAS_LINES, G_LINES)
                .from(ESTIMATED, READY_FOR_PICKUP).on(REVISE_ESTIMATE).stay().guard(HAS_LINES, G_LINES)
                .from(ESTIMATED).on(APPROVE).to(APPROVED).guard(SIGNED, G_SIGNED).guard(PAYMENT_DETAILS, G_PAYMENT)
                .from(READY_FOR_PICKUP).on(APPROVE).stay().guard(SIGNED, G_SIGNED)
                .from(ESTIMATED).on(DECLINE).to(CANCELLED)
                .from(READY_FOR_PICKUP).on(DECLINE).stay()
                .from(APPROVED).on(DISPATCH).to(DISPATCHED).guard(PARTS, G_PARTS)
                .from(DISPATCHED).on(START_REPAIR).to(IN_REPAIR)
                .from(IN_REPAIR, AWAITING_ADDITIONAL_APPROVAL).on(CLOCK).stay()
                .from(IN_REPAIR).on(FIND_ADDITIONAL_WORK).to(AWAITING_ADDITIONAL_APPROVAL).guard(HAS_LINES, G_LINES)
                .from(AWAITING_ADDITIONAL_APPROVAL).on(APPROVE_ADDITIONAL_WORK).to(IN_REPAIR).guard(SIGNED, G_SIGNED)
                .from(AWAITING_ADDITIONAL_APPROVAL).on(DECLINE_ADDITIONAL_WORK).to(IN_REPAIR)
                .from(APPROVED, DISPATCHED, IN_REPAIR, AWAITING_ADDITIONAL_APPROVAL, WAITING_FOR_PARTS, QUALITY_CHECK,
                        WASHING).on(REPORT_DELAY).stay()
                .from(IN_REPAIR).on(WAIT_FOR_PARTS).to(WAITING_FOR_PARTS).guard(NO_OPEN_CLOCK, G_CLOCK)
                .from(WAITING_FOR_PARTS).on(PARTS_ARRIVED).to(IN_REPAIR)
                .from(IN_REPAIR, QUALITY_CHECK, READY_FOR_PICKUP).on(PASS_CHECK).stay()
                .from(IN_REPAIR).on(FINISH_REPAIR).to(QUALITY_CHECK)
                .guard(NO_OPEN_CLOCK, G_CLOCK).guard(SELF_CHECK, G_SELF).guard(NO_FIX_WITHOUT_CAUSE, G_CAUSE)
                .from(QUALITY_CHECK).on(PASS_FINAL_INSPECTION).to(WASHING)
                .guard(TEAM_CHECK, G_TEAM).guard(FINAL_CHECK, G_FINAL).guard(WASH_ACCEPTED, G_WASH_YES)
                .from(QUALITY_CHECK).on(PASS_FINAL_INSPECTION).to(READY_FOR_PICKUP)
                .guard(TEAM_CHECK, G_TEAM).guard(FINAL_CHECK, G_FINAL).guard(WASH_DECLINED, G_WASH_NO)
                .from(QUALITY_CHECK, READY_FOR_PICKUP).on(FAIL_QUALITY_CHECK).to(IN_REPAIR)
                .from(QUALITY_CHECK, WASHING, READY_FOR_PICKUP).on(SEND_PICKUP_NOTICE).stay()
                .from(WASHING).on(FINISH_WASHING).to(READY_FOR_PICKUP).guard(WASH_DONE, G_WASH_DONE)
                .from(READY_FOR_PICKUP).on(EXPLAIN_SETTLEMENT).stay().guard(EXPLAINED, G_EXPLAINED)
                .guard(RESULTS, G_RESULTS).guard(PRE_DELIVERY, G_PRE).guard(ONLY_APPROVED, G_ONLY_APPROVED)
                .from(READY_FOR_PICKUP).on(SETTLE).to(SETTLED)
                .guard(ONLY_APPROVED, G_ONLY_APPROVED).guard(EXPLAINED, G_EXPLAINED)
                .guard(SETTLEMENT_SIGNED, G_SETTLEMENT_SIGNED).guard(PAID, G_PAID)
                .from(SETTLED).on(DELIVER).to(DELIVERED).guard(HANDED_OVER, G_HANDED)
                .from(DELIVERED).on(PASS_GATE).stay().guard(EXIT_PASS, G_PASS)
                .from(DELIVERED).on(FOLLOW_UP).to(FOLLOWED_UP)
                .from(FOLLOWED_UP).on(REQUEST_REWORK).to(CHECKED_IN)
                .from(FOLLOWED_UP).on(CLOSE).to(CLOSED);
        return b.build();
    }
}
