package org.aftersales.core.id;


/**
 * Identifies a storage bin by its location code, such as {@code A-03-2-05}.
 *
 * @param value the id text
 */
public record BinCode(String value) implements Identifier, Comparable<BinCode> {

    /** Checks the id text; see {@link Identifier}. */
    public BinCode {
        value = Identifier.normalise("BinCode", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static BinCode of(String value) {
        return new BinCode(value);
    }

    @Override
    public int compareTo(BinCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
