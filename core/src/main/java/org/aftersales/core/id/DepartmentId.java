package org.aftersales.core.id;


/**
 * Identifies a department of the dealership (service, workshop, parts, ...).
 *
 * @param value the id text
 */
public record DepartmentId(String value) implements Identifier, Comparable<DepartmentId> {

    /** Checks the id text; see {@link Identifier}. */
    public DepartmentId {
        value = Identifier.normalise("DepartmentId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public int compareTo(DepartmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
