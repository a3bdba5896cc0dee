package org.aftersales.core.id;


/**
 * Identifies a staff member.
 *
 * @param value the id text
 */
public record StaffId(String value) implements Identifier, Comparable<StaffId> {

    /** Checks the id text; see {@link Identifier}. */
    public StaffId {
        value = Identifier.normalise("StaffId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public int compareTo(StaffId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
