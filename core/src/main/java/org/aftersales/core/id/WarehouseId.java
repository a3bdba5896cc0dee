package org.aftersales.core.id;


/**
 * Identifies a warehouse.
 *
 * @param value the id text
 */
public record WarehouseId(String value) implements Identifier, Comparable<WarehouseId> {

    /** Checks the id text; see {@link Identifier}. */
    public WarehouseId {
        value = Identifier.normalise("WarehouseId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static WarehouseId of(String value) {
        return new WarehouseId(value);
    }

    @Override
    public int compareTo(WarehouseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
