package org.aftersales.core.id;


/**
 * Identifies a customer, individual or fleet.
 *
 * @param value the id text
 */
public record CustomerId(String value) implements Identifier, Comparable<CustomerId> {

    /** Checks the id text; see {@link Identifier}. */
    public CustomerId {
        value = Identifier.normalise("CustomerId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
