package org.aftersales.benchmarks.statemachine;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The repair-order lifecycle (F1) as plain data, so that every engine is given exactly the same
 * graph, guards and actions. The benchmarks drive a car round the rework loop, which passes
 * through a third of the transitions and five of the six guards, forever.
 */
public final class RepairOrderGraph {

    /** States of a repair order. */
    public enum Step {
        APPOINTMENT_BOOKED, CONFIRMED, CHECKED_IN, DIAGNOSED, ESTIMATED, APPROVED, DISPATCHED, IN_REPAIR,
        AWAITING_ADDITIONAL_APPROVAL, QUALITY_CHECK, WASHING, READY_FOR_PICKUP, SETTLED, DELIVERED, FOLLOWED_UP,
        CLOSED, CANCELLED, NO_SHOW
    }

    /** Events of a repair order. */
    public enum Move {
        CONFIRM, CHECK_IN, NO_SHOW, CANCEL, DIAGNOSE, ESTIMATE, APPROVE, DISPATCH, START_REPAIR,
        FIND_ADDITIONAL_WORK, APPROVE_ADDITIONAL_WORK, DECLINE_ADDITIONAL_WORK, FINISH_REPAIR, PASS_QUALITY_CHECK,
        FAIL_QUALITY_CHECK, SEND_PICKUP_NOTICE, FINISH_WASHING, SETTLE, DELIVER, FOLLOW_UP, REQUEST_REWORK, CLOSE
    }

    /** The context guards read and actions write; one per thread. */
    public static final class Job {
        /** Read by the guards. */
        public final boolean estimateSigned = true;
        /** Read by the guards. */
        public final boolean partsReserved = true;
        /** Read by the guards. */
        public final boolean additionalWorkSigned = true;
        /** Read by the guards. */
        public final boolean washAccepted = true;
        /** Read by the guards. */
        public final boolean paid = true;
        /** Read by the guards. */
        public final boolean customerReached = true;
        /** Counted by the actions. */
        public long actions;
    }

    /**
     * One transition.
     *
     * @param from source
     * @param move event
     * @param to target; the same as {@code from} for a transition that stays
     * @param guard the guard's name, or null
     */
    public record Edge(Step from, Move move, Step to, String guard) {
    }

    /** The guards, by name. */
    public static final Map<String, Predicate<Job>> GUARDS = Map.of(
            "estimate-signed", j -> j.estimateSigned,
            "parts-reserved", j -> j.partsReserved,
            "additional-work-signed", j -> j.additionalWorkSigned,
            "wash-accepted", j -> j.washAccepted,
            "wash-declined", j -> !j.washAccepted,
            "paid", j -> j.paid,
            "customer-reached", j -> j.customerReached);

    /** Every transition; every one runs the same action, which counts itself on the job. */
    public static final List<Edge> EDGES = List.of(
            new Edge(Step.APPOINTMENT_BOOKED, Move.CONFIRM, Step.CONFIRMED, null),
            new Edge(Step.APPOINTMENT_BOOKED, Move.CHECK_IN, Step.CHECKED_IN, null),
            new Edge(Step.CONFIRMED, Move.CHECK_IN, Step.CHECKED_IN, null),
            new Edge(Step.APPOINTMENT_BOOKED, Move.NO_SHOW, Step.NO_SHOW, null),
            new Edge(Step.CONFIRMED, Move.NO_SHOW, Step.NO_SHOW, null),
            new Edge(Step.APPOINTMENT_BOOKED, Move.CANCEL, Step.CANCELLED, null),
            new Edge(Step.CONFIRMED, Move.CANCEL, Step.CANCELLED, null),
            new Edge(Step.CHECKED_IN, Move.CANCEL, Step.CANCELLED, null),
            new Edge(Step.DIAGNOSED, Move.CANCEL, Step.CANCELLED, null),
            new Edge(Step.ESTIMATED, Move.CANCEL, Step.CANCELLED, null),
            new Edge(Step.CHECKED_IN, Move.DIAGNOSE, Step.DIAGNOSED, null),
            new Edge(Step.DIAGNOSED, Move.ESTIMATE, Step.ESTIMATED, null),
            new Edge(Step.ESTIMATED, Move.APPROVE, Step.APPROVED, "estimate-signed"),
            new Edge(Step.APPROVED, Move.DISPATCH, Step.DISPATCHED, "parts-reserved"),
            new Edge(Step.DISPATCHED, Move.START_REPAIR, Step.IN_REPAIR, null),
            new Edge(Step.IN_REPAIR, Move.FIND_ADDITIONAL_WORK, Step.AWAITING_ADDITIONAL_APPROVAL, null),
            new Edge(Step.AWAITING_ADDITIONAL_APPROVAL, Move.APPROVE_ADDITIONAL_WORK, Step.IN_REPAIR,
                    "additional-work-signed"),
            new Edge(Step.AWAITING_ADDITIONAL_APPROVAL, Move.DECLINE_ADDITIONAL_WORK, Step.IN_REPAIR, null),
            new Edge(Step.IN_REPAIR, Move.FINISH_REPAIR, Step.QUALITY_CHECK, null),
            new Edge(Step.QUALITY_CHECK, Move.FAIL_QUALITY_CHECK, Step.IN_REPAIR, null),
            new Edge(Step.QUALITY_CHECK, Move.PASS_QUALITY_CHECK, Step.WASHING, "wash-accepted"),
            new Edge(Step.QUALITY_CHECK, Move.PASS_QUALITY_CHECK, Step.READY_FOR_PICKUP, "wash-declined"),
            new Edge(Step.QUALITY_CHECK, Move.SEND_PICKUP_NOTICE, Step.QUALITY_CHECK, null),
            new Edge(Step.WASHING, Move.SEND_PICKUP_NOTICE, Step.WASHING, null),
            new Edge(Step.WASHING, Move.FINISH_WASHING, Step.READY_FOR_PICKUP, null),
            new Edge(Step.READY_FOR_PICKUP, Move.SETTLE, Step.SETTLED, "paid"),
            new Edge(Step.SETTLED, Move.DELIVER, Step.DELIVERED, null),
            new Edge(Step.DELIVERED, Move.FOLLOW_UP, Step.FOLLOWED_UP, "customer-reached"),
            new Edge(Step.FOLLOWED_UP, Move.REQUEST_REWORK, Step.CHECKED_IN, null),
            new Edge(Step.FOLLOWED_UP, Move.CLOSE, Step.CLOSED, null));

    /** Where every machine starts. */
    public static final Step START = Step.CHECKED_IN;

    /** The rework loop the benchmarks fire, over and over. */
    static final Move[] CYCLE = {Move.DIAGNOSE, Move.ESTIMATE, Move.APPROVE, Move.DISPATCH, Move.START_REPAIR,
        Move.FINISH_REPAIR, Move.SEND_PICKUP_NOTICE, Move.PASS_QUALITY_CHECK, Move.FINISH_WASHING, Move.SETTLE,
        Move.DELIVER, Move.FOLLOW_UP, Move.REQUEST_REWORK};

    /** The state each step of {@link #CYCLE} must reach. */
    static final Step[] EXPECTED = {Step.DIAGNOSED, Step.ESTIMATED, Step.APPROVED, Step.DISPATCHED, Step.IN_REPAIR,
        Step.QUALITY_CHECK, Step.QUALITY_CHECK, Step.WASHING, Step.READY_FOR_PICKUP, Step.SETTLED, Step.DELIVERED,
        Step.FOLLOWED_UP, Step.CHECKED_IN};

    private RepairOrderGraph() {
    }
}
