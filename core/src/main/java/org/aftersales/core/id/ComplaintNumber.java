package org.aftersales.core.id;


/**
 * Identifies a complaint by its registered number.
 *
 * @param value the id text
 */
public record ComplaintNumber(String value) implements Identifier, Comparable<ComplaintNumber> {

    /** Checks the id text; see {@link Identifier}. */
    public ComplaintNumber {
        value = Identifier.normalise("ComplaintNumber", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static ComplaintNumber of(String value) {
        return new ComplaintNumber(value);
    }

    @Override
    public int compareTo(ComplaintNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
