package org.aftersales.complaints;

/**
 * Where a complaint stands for its time limits (K10). While it waits for the customer or for
 * parts its SLA clocks stand still; the time paused is read from the complaint's
 * {@link StatusChange history}, never from a running counter.
 */
public enum Status {
    /** Being handled; the clocks run. */
    OPEN(false),
    /** Waiting for the customer (an answer, a visit); the clocks stand still. */
    WAITING_FOR_CUSTOMER(true),
    /** Waiting for parts; the clocks stand still. */
    WAITING_FOR_PARTS(true),
    /** The remedy was delivered; the resolution target is met. */
    RESOLVED(false),
    /** Closed with the result told and the review done. */
    CLOSED(false);

    private final boolean pausing;

    Status(boolean pausing) {
        this.pausing = pausing;
    }

    /** @return true when the SLA clocks stand still in this status */
    public boolean pausing() {
        return pausing;
    }
}
