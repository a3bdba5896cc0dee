package org.aftersales.core.id;


/**
 * Identifies a repair order.
 *
 * @param value the id text
 */
public record RepairOrderId(String value) implements Identifier, Comparable<RepairOrderId> {

    /** Checks the id text; see {@link Identifier}. */
    public RepairOrderId {
        value = Identifier.normalise("RepairOrderId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static RepairOrderId of(String value) {
        return new RepairOrderId(value);
    }

    @Override
    public int compareTo(RepairOrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
