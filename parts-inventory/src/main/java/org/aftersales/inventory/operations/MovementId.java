package org.aftersales.inventory.operations;

import org.aftersales.core.id.Identifier;

/**
 * Identifies one stock movement: its gap-free number, such as {@code MV-000000000042}. Numbers
 * grow in the order movements were stored, so sorting by id sorts by time.
 *
 * @param value the id text
 */
public record MovementId(String value) implements Identifier, Comparable<MovementId> {

    /** Checks the id text; see {@link Identifier}. */
    public MovementId {
        value = Identifier.normalise("MovementId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     */
    public static MovementId of(String value) {
        return new MovementId(value);
    }

    @Override
    public int compareTo(MovementId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
