package org.aftersales.core.id;


/**
 * Identifies one domain event.
 *
 * @param value the id text
 */
public record EventId(String value) implements Identifier, Comparable<EventId> {

    /** Checks the id text; see {@link Identifier}. */
    public EventId {
        value = Identifier.normalise("EventId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
