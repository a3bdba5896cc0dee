package org.aftersales.serviceflow;

import java.util.Objects;

/**
 * One thing the customer asked for, in their own words, with the cause found and the correction
 * done (F3, F4, F20). A request whose cause was not found stays {@linkplain Result#UNRESOLVED
 * unresolved}: it can never be reported {@linkplain Result#FIXED fixed}.
 *
 * @param concern the customer's words, as said
 * @param confirmed whether it was read back and the customer confirmed it
 * @param cause the cause found; null while unknown
 * @param correction what was done; null until done
 * @param result the result reported to the customer
 */
public record Request(String concern, boolean confirmed, String cause, String correction, Result result) {

    /** What the customer is told about a request at settlement. */
    public enum Result {
        /** Nothing reported yet. */
        OPEN,
        /** Cause found and corrected. */
        FIXED,
        /** Cause not found: reported as unresolved, never as fixed. */
        UNRESOLVED,
        /** The customer declined the work for it. */
        DECLINED
    }

    /** Checks the words and the result are present. */
    public Request {
        Objects.requireNonNull(concern, "concern");
        Objects.requireNonNull(result, "result");
    }

    /** @return true once the customer can be told something about it */
    public boolean hasResult() {
        return result != Result.OPEN;
    }
}
