package org.aftersales.core.id;


/**
 * Identifies an assessment of a staff member or department.
 *
 * @param value the id text
 */
public record AssessmentId(String value) implements Identifier, Comparable<AssessmentId> {

    /** Checks the id text; see {@link Identifier}. */
    public AssessmentId {
        value = Identifier.normalise("AssessmentId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static AssessmentId of(String value) {
        return new AssessmentId(value);
    }

    @Override
    public int compareTo(AssessmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
