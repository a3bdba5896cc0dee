package org.aftersales.serviceflow;

/**
 * What moves a repair order (F1): the events of {@link RepairOrderLifecycle#DEFINITION}. Each
 * command of {@link ServiceDesk} fires one of them; commands that change an order without moving
 * it fire one of the triggers that stay in their state ({@link #RECORD}, {@link #REVISE_ESTIMATE},
 * {@link #SEND_PICKUP_NOTICE}, {@link #PASS_GATE}...), so the engine refuses them too in a state
 * where they make no sense.
 */
public enum RepairOrderTrigger {
    /** The customer reconfirmed the appointment. */
    CONFIRM,
    /** The car arrived and was received. */
    CHECK_IN,
    /** The customer did not come within the wait. */
    MARK_NO_SHOW,
    /** Cancelled. */
    CANCEL,
    /** Reception details, inspection, causes and corrections are recorded (stays in state). */
    RECORD,
    /** The concerns were confirmed with the customer and diagnosed. */
    DIAGNOSE,
    /** The first revision of the estimate is made. */
    ESTIMATE,
    /** A new revision replaces one not approved yet (stays). */
    REVISE_ESTIMATE,
    /** The customer approved a revision. */
    APPROVE,
    /** The customer declined the estimate: the quote is lost. */
    DECLINE,
    /** Given to a team. */
    DISPATCH,
    /** The first technician clocked on. */
    START_REPAIR,
    /** Technician clocked on or off (stays). */
    CLOCK,
    /** Work found during repair; a new revision waits for approval. */
    FIND_ADDITIONAL_WORK,
    /** The customer approved the additional work. */
    APPROVE_ADDITIONAL_WORK,
    /** The customer declined the additional work. */
    DECLINE_ADDITIONAL_WORK,
    /** The promised time moved (stays). */
    REPORT_DELAY,
    /** The repair stops until parts come (no technician clocked on). */
    WAIT_FOR_PARTS,
    /** The parts came; the repair goes on. */
    PARTS_ARRIVED,
    /** Repair finished, self-checked, guarantee card filled. */
    FINISH_REPAIR,
    /** A quality check passed that does not move the order (stays). */
    PASS_CHECK,
    /** The final inspection passed. */
    PASS_FINAL_INSPECTION,
    /** A quality check failed: back to repair. */
    FAIL_QUALITY_CHECK,
    /** The customer was told to pick up (stays). */
    SEND_PICKUP_NOTICE,
    /** The wash and its checklist are done. */
    FINISH_WASHING,
    /** The settlement sheet was explained or signed (stays). */
    EXPLAIN_SETTLEMENT,
    /** The cashier took payment. */
    SETTLE,
    /** The car was handed over. */
    DELIVER,
    /** Security checked the exit pass at the gate (stays). */
    PASS_GATE,
    /** The follow-up call was made. */
    FOLLOW_UP,
    /** The customer was unhappy: rework from the follow-up. */
    REQUEST_REWORK,
    /** Closed. */
    CLOSE
}
