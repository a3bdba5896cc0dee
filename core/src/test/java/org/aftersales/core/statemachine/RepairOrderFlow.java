package org.aftersales.core.statemachine;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;

/**
 * The repair-order lifecycle of F1 as a definition: booked, confirmed, checked in (walk-ins
 * start here), diagnosed, estimated, approved, dispatched, in repair, additional work awaiting
 * approval, quality check, washing (only if the customer accepts it), ready for pick-up,
 * settled, delivered, followed up, closed; plus cancelled, no-show, a rework loop started from
 * follow-up and a failed quality check that sends the car back to repair.
 */
final class RepairOrderFlow {

    enum Step {
        APPOINTMENT_BOOKED, CONFIRMED, CHECKED_IN, DIAGNOSED, ESTIMATED, APPROVED, DISPATCHED, IN_REPAIR,
        AWAITING_ADDITIONAL_APPROVAL, QUALITY_CHECK, WASHING, READY_FOR_PICKUP, SETTLED, DELIVERED, FOLLOWED_UP,
        CLOSED, CANCELLED, NO_SHOW
    }

    enum Move {
        CONFIRM, CHECK_IN, NO_SHOW, CANCEL, DIAGNOSE, ESTIMATE, APPROVE, DISPATCH, START_REPAIR,
        FIND_ADDITIONAL_WORK, APPROVE_ADDITIONAL_WORK, DECLINE_ADDITIONAL_WORK, FINISH_REPAIR, PASS_QUALITY_CHECK,
        FAIL_QUALITY_CHECK, SEND_PICKUP_NOTICE, FINISH_WASHING, SETTLE, DELIVER, FOLLOW_UP, REQUEST_REWORK, CLOSE
    }

    /** What the guards read and the actions write. */
    static final class Order {
        boolean estimateSigned = true;
        boolean partsReserved = true;
        boolean additionalWorkSigned = true;
        boolean washAccepted = true;
        boolean paid = true;
        boolean customerReached = true;
        final List<String> log = new ArrayList<>();

        static Order refusingEverything() {
            Order o = new Order();
            o.estimateSigned = false;
            o.partsReserved = false;
            o.additionalWorkSigned = false;
            o.washAccepted = false;
            o.paid = false;
            o.customerReached = false;
            return o;
        }
    }

    static final Guard<Order> ESTIMATE_SIGNED = Guard.require(o -> o.estimateSigned, "repair-order.estimate-unsigned",
            new LocalizedText("The customer has not signed the estimate.", "客户尚未在估价单上签字。"));
    static final Guard<Order> PARTS_RESERVED = Guard.require(o -> o.partsReserved, "repair-order.parts-missing",
            new LocalizedText("The parts are not reserved.", "所需配件尚未预留。"));
    static final Guard<Order> ADDITIONAL_SIGNED = Guard.require(o -> o.additionalWorkSigned,
            "repair-order.additional-unsigned",
            new LocalizedText("The customer has not approved the additional work.", "客户尚未同意追加项目。"));
    static final Guard<Order> WASH_ACCEPTED = Guard.require(o -> o.washAccepted, "repair-order.wash-declined",
            new LocalizedText("The customer declined the wash.", "客户不需要洗车。"));
    static final Guard<Order> PAID = Guard.require(o -> o.paid, "repair-order.unpaid",
            new LocalizedText("The bill is not paid.", "费用尚未结清。"));
    static final Guard<Order> CUSTOMER_REACHED = Guard.require(o -> o.customerReached,
            "repair-order.follow-up-pending",
            new LocalizedText("The customer has not been reached for the follow-up call.", "尚未联系上客户进行回访。"));

    static final Action<Step, Move, Order> LOG = (t, o) -> o.log.add(t.event() + ":" + t.from() + "->" + t.to());

    static final StateMachineDefinition<Step, Move, Order> DEFINITION = StateMachineDefinition
            .builder("repair-order", Step.class, Move.class, Order.class)
            .initial(Step.APPOINTMENT_BOOKED, Step.CHECKED_IN)
            .finals(Step.CLOSED, Step.CANCELLED, Step.NO_SHOW)
            .from(Step.APPOINTMENT_BOOKED).on(Move.CONFIRM).to(Step.CONFIRMED).action(LOG)
            .from(Step.APPOINTMENT_BOOKED, Step.CONFIRMED).on(Move.CHECK_IN).to(Step.CHECKED_IN).action(LOG)
            .from(Step.APPOINTMENT_BOOKED, Step.CONFIRMED).on(Move.NO_SHOW).to(Step.NO_SHOW).action(LOG)
            .from(Step.APPOINTMENT_BOOKED, Step.CONFIRMED, Step.CHECKED_IN, Step.DIAGNOSED, Step.ESTIMATED)
                .on(Move.CANCEL).to(Step.CANCELLED).action(LOG)
            .from(Step.CHECKED_IN).on(Move.DIAGNOSE).to(Step.DIAGNOSED).action(LOG)
            .from(Step.DIAGNOSED).on(Move.ESTIMATE).to(Step.ESTIMATED).action(LOG)
            .from(Step.ESTIMATED).on(Move.APPROVE).to(Step.APPROVED).guard("estimate-signed", ESTIMATE_SIGNED)
                .action(LOG)
            .from(Step.APPROVED).on(Move.DISPATCH).to(Step.DISPATCHED).guard("parts-reserved", PARTS_RESERVED)
                .action(LOG)
            .from(Step.DISPATCHED).on(Move.START_REPAIR).to(Step.IN_REPAIR).action(LOG)
            .from(Step.IN_REPAIR).on(Move.FIND_ADDITIONAL_WORK).to(Step.AWAITING_ADDITIONAL_APPROVAL).action(LOG)
            .from(Step.AWAITING_ADDITIONAL_APPROVAL).on(Move.APPROVE_ADDITIONAL_WORK).to(Step.IN_REPAIR)
                .guard("additional-work-signed", ADDITIONAL_SIGNED).action(LOG)
            .from(Step.AWAITING_ADDITIONAL_APPROVAL).on(Move.DECLINE_ADDITIONAL_WORK).to(Step.IN_REPAIR).action(LOG)
            .from(Step.IN_REPAIR).on(Move.FINISH_REPAIR).to(Step.QUALITY_CHECK).action(LOG)
            .from(Step.QUALITY_CHECK).on(Move.FAIL_QUALITY_CHECK).to(Step.IN_REPAIR).action(LOG)
            .from(Step.QUALITY_CHECK).on(Move.PASS_QUALITY_CHECK).to(Step.WASHING)
                .guard("wash-accepted", WASH_ACCEPTED).action(LOG)
            .from(Step.QUALITY_CHECK).on(Move.PASS_QUALITY_CHECK).to(Step.READY_FOR_PICKUP).action(LOG)
            .from(Step.QUALITY_CHECK, Step.WASHING).on(Move.SEND_PICKUP_NOTICE).stay().action(LOG)
            .from(Step.WASHING).on(Move.FINISH_WASHING).to(Step.READY_FOR_PICKUP).action(LOG)
            .from(Step.READY_FOR_PICKUP).on(Move.SETTLE).to(Step.SETTLED).guard("paid", PAID).action(LOG)
            .from(Step.SETTLED).on(Move.DELIVER).to(Step.DELIVERED).action(LOG)
            .from(Step.DELIVERED).on(Move.FOLLOW_UP).to(Step.FOLLOWED_UP).guard("customer-reached", CUSTOMER_REACHED)
                .action(LOG)
            .from(Step.FOLLOWED_UP).on(Move.REQUEST_REWORK).to(Step.CHECKED_IN).action(LOG)
            .from(Step.FOLLOWED_UP).on(Move.CLOSE).to(Step.CLOSED).action(LOG)
            .build();

    private RepairOrderFlow() {
    }
}
