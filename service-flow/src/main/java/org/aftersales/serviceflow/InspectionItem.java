package org.aftersales.serviceflow;

import java.util.Objects;
import org.aftersales.core.id.StaffId;

/**
 * One point of the multi-point inspection (F3). An item nobody checked is
 * {@link Outcome#NOT_CHECKED}, and is never shown as passed: an outcome other than not-checked
 * or not-applicable needs the staff member who checked it.
 *
 * @param code the item's code in its template, such as {@code brake-pads}
 * @param outcome the outcome
 * @param checkedBy who checked it; null when not checked
 * @param note a measurement or remark
 */
public record InspectionItem(String code, Outcome outcome, StaffId checkedBy, String note) {

    /** Outcomes: green, yellow, red, and the two that are no verdict at all. */
    public enum Outcome {
        /** Green: fine. */
        PASS,
        /** Yellow: needs attention soon. */
        ADVISORY,
        /** Red: needs work now. */
        FAIL,
        /** Nobody looked at it. */
        NOT_CHECKED,
        /** Does not apply to this car. */
        NOT_APPLICABLE
    }

    /** Checks code and outcome are present. */
    public InspectionItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return true when the outcome is a verdict but nobody is named as having checked */
    public boolean claimsWithoutCheck() {
        return checkedBy == null && outcome != Outcome.NOT_CHECKED && outcome != Outcome.NOT_APPLICABLE;
    }

    /**
     * What the customer's report shows: never {@link Outcome#PASS} for an item nobody checked.
     *
     * @return the outcome shown
     */
    public Outcome shown() {
        return claimsWithoutCheck() ? Outcome.NOT_CHECKED : outcome;
    }
}
