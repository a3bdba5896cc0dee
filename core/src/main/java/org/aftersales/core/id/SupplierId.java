package org.aftersales.core.id;


/**
 * Identifies a supplier or transfer source of parts.
 *
 * @param value the id text
 */
public record SupplierId(String value) implements Identifier, Comparable<SupplierId> {

    /** Checks the id text; see {@link Identifier}. */
    public SupplierId {
        value = Identifier.normalise("SupplierId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static SupplierId of(String value) {
        return new SupplierId(value);
    }

    @Override
    public int compareTo(SupplierId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
