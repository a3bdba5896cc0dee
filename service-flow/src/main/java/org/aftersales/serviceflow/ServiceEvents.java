package org.aftersales.serviceflow;

import java.util.List;

/**
 * The stable names of the service-flow events, which stores and read models key on (DESIGN.md:
 * events have stable names). All are {@link ServiceEvent}s; {@link #ALL} lists them for a store
 * that registers names with classes. Never rename one.
 */
public final class ServiceEvents {

    /** An appointment was booked. */
    public static final String BOOKED = "appointment.booked";
    /** The customer reconfirmed. */
    public static final String CONFIRMED = "appointment.confirmed";
    /** The customer did not come. */
    public static final String NO_SHOW = "appointment.no-show";
    /** The appointment was cancelled. */
    public static final String APPOINTMENT_CANCELLED = "appointment.cancelled";
    /** The appointment's car arrived and was checked in. */
    public static final String ARRIVED = "appointment.arrived";
    /** A car was received: the repair order exists. */
    public static final String CHECKED_IN = "repair-order.checked-in";
    /** The returning customer's archive lacks data, listed in the details. */
    public static final String ARCHIVE_GAPS = "repair-order.archive-gaps-found";
    /** Reception facts, inspection or results were recorded. */
    public static final String RECORDED = "repair-order.recorded";
    /** Concerns confirmed and diagnosed. */
    public static final String DIAGNOSED = "repair-order.diagnosed";
    /** A revision of the estimate was proposed. */
    public static final String ESTIMATED = "repair-order.estimated";
    /** The customer approved a revision. */
    public static final String APPROVED = "repair-order.approved";
    /** The customer declined a revision; the reason is kept. */
    public static final String DECLINED = "repair-order.declined";
    /** Given to a team. */
    public static final String DISPATCHED = "repair-order.dispatched";
    /** A technician clocked on. */
    public static final String CLOCKED_ON = "repair-order.clocked-on";
    /** A technician clocked off. */
    public static final String CLOCKED_OFF = "repair-order.clocked-off";
    /** The car stands still in repair, waiting for parts; timed standards pause. */
    public static final String WAITING_FOR_PARTS = "repair-order.waiting-for-parts";
    /** The parts came; the repair goes on and timed standards resume. */
    public static final String PARTS_ARRIVED = "repair-order.parts-arrived";
    /**
     * A car came in and waits at reception; the subject is its plate and the status
     * {@link RepairOrderStatus#BOOKED}, since no order exists yet.
     */
    public static final String CAR_ARRIVED = "reception.car-arrived";
    /** Work found during repair waits for approval. */
    public static final String ADDITIONAL_WORK_FOUND = "repair-order.additional-work-found";
    /** The promised time moved. */
    public static final String DELAYED = "repair-order.delayed";
    /** The repair is finished and self-checked. */
    public static final String REPAIR_FINISHED = "repair-order.repair-finished";
    /** A quality check passed. */
    public static final String CHECK_PASSED = "repair-order.check-passed";
    /** A quality check failed; back to repair. */
    public static final String CHECK_FAILED = "repair-order.check-failed";
    /** Washing started. */
    public static final String WASH_STARTED = "repair-order.wash-started";
    /** Ready for pick-up; the settlement sheet is made. */
    public static final String READY = "repair-order.ready";
    /** The customer was told to pick up. */
    public static final String PICKUP_NOTICE = "repair-order.pickup-notice-sent";
    /** The settlement was explained or signed. */
    public static final String SETTLEMENT_EXPLAINED = "repair-order.settlement-explained";
    /** Paid: invoice and exit pass issued. */
    public static final String SETTLED = "repair-order.settled";
    /** Handed over. */
    public static final String DELIVERED = "repair-order.delivered";
    /** Security let the car out. */
    public static final String LEFT_GATE = "repair-order.left-gate";
    /** Follow-up call made: the customer answered; satisfaction, tags and advisor in the details. */
    public static final String FOLLOWED_UP = "repair-order.followed-up";
    /** A follow-up call did not reach the customer; the order stays due (F13). */
    public static final String FOLLOW_UP_UNREACHED = "repair-order.follow-up-unreached";
    /** A followed-up case was marked as well handled, for training (F13). */
    public static final String MARKED_FOR_TRAINING = "repair-order.marked-for-training";
    /** Rework started from the follow-up. */
    public static final String REWORK = "repair-order.rework-requested";
    /** Closed. */
    public static final String CLOSED = "repair-order.closed";
    /** Cancelled. */
    public static final String CANCELLED = "repair-order.cancelled";

    /** Every name. */
    public static final List<String> ALL = List.of(BOOKED, CONFIRMED, NO_SHOW, APPOINTMENT_CANCELLED, ARRIVED,
            CHECKED_IN, ARCHIVE_GAPS, RECORDED, DIAGNOSED, ESTIMATED, APPROVED, DECLINED, DISPATCHED, CLOCKED_ON,
            CLOCKED_OFF, ADDITIONAL_WORK_FOUND, DELAYED, REPAIR_FINISHED, CHECK_PASSED, CHECK_FAILED, WASH_STARTED,
            READY, PICKUP_NOTICE, SETTLEMENT_EXPLAINED, SETTLED, DELIVERED, LEFT_GATE, FOLLOWED_UP, REWORK, CLOSED,
            CANCELLED, WAITING_FOR_PARTS, PARTS_ARRIVED, CAR_ARRIVED, FOLLOW_UP_UNREACHED, MARKED_FOR_TRAINING);

    private ServiceEvents() {
    }
}
