package org.aftersales.serviceflow;

/**
 * Where a repair order stands in its lifecycle (F1). An {@link Appointment} lives in the first
 * states ({@link #BOOKED}, {@link #CONFIRMED}) and ends in {@link #CHECKED_IN}, {@link #CANCELLED}
 * or {@link #NO_SHOW}; a {@link RepairOrder} starts at {@link #CHECKED_IN} (walk-ins start there
 * too). The allowed moves are those of {@link RepairOrderLifecycle#DEFINITION}.
 */
public enum RepairOrderStatus {
    /** An appointment is booked. */
    BOOKED,
    /** The customer reconfirmed the appointment before setting off. */
    CONFIRMED,
    /** The car is received; a repair order exists. */
    CHECKED_IN,
    /** The customer's concerns are confirmed and diagnosed. */
    DIAGNOSED,
    /** An estimate revision waits for the customer's approval. */
    ESTIMATED,
    /** The customer approved a revision of the estimate. */
    APPROVED,
    /** The job is given to a team. */
    DISPATCHED,
    /** Technicians are working on the car. */
    IN_REPAIR,
    /** The repair stands still until parts come. */
    WAITING_FOR_PARTS,
    /** Work found during the repair waits for the customer's approval. */
    AWAITING_ADDITIONAL_APPROVAL,
    /** Repair finished; team-leader check and final inspection. */
    QUALITY_CHECK,
    /** The car is being washed (only if the customer accepted a wash). */
    WASHING,
    /** The car waits for its owner; settlement is made, explained, signed and paid. */
    READY_FOR_PICKUP,
    /** Paid; an invoice and an exit pass are issued. */
    SETTLED,
    /** Handed over to the customer. */
    DELIVERED,
    /** The follow-up call was made. */
    FOLLOWED_UP,
    /** Nothing more to do. */
    CLOSED,
    /** Cancelled before the work began, or the quote was lost. */
    CANCELLED,
    /** The customer did not come to the appointment. */
    NO_SHOW
}
