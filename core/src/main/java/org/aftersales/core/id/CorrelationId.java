package org.aftersales.core.id;


/**
 * Identifies the chain of events that belong to one repair order or complaint.
 *
 * @param value the id text
 */
public record CorrelationId(String value) implements Identifier, Comparable<CorrelationId> {

    /** Checks the id text; see {@link Identifier}. */
    public CorrelationId {
        value = Identifier.normalise("CorrelationId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static CorrelationId of(String value) {
        return new CorrelationId(value);
    }

    @Override
    public int compareTo(CorrelationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
