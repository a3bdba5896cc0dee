package org.aftersales.core.id;


/**
 * Identifies a numbered business document (receipt, transfer, settlement sheet) that has no more specific id type.
 *
 * @param value the id text
 */
public record DocumentNumber(String value) implements Identifier, Comparable<DocumentNumber> {

    /** Checks the id text; see {@link Identifier}. */
    public DocumentNumber {
        value = Identifier.normalise("DocumentNumber", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static DocumentNumber of(String value) {
        return new DocumentNumber(value);
    }

    @Override
    public int compareTo(DocumentNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
