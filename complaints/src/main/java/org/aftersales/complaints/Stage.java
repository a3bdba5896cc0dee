package org.aftersales.complaints;

/** Where the handling of a complaint stands (K3): the state of {@link ComplaintFlow}. */
public enum Stage {
    /** Received; the customer's account is to be heard out and recorded. */
    LISTENING,
    /** The cause and what the customer really wants are to be analysed. */
    ANALYSING,
    /** A solution is to be found, or the complaint routed to the responsible department. */
    FINDING_SOLUTION,
    /** The apology and agreed remedy are to be delivered. */
    RESOLVING,
    /** The review is to be done and the complaint closed. */
    REVIEWING,
    /** Closed. */
    CLOSED
}
