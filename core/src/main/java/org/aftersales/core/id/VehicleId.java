package org.aftersales.core.id;


/**
 * Identifies a vehicle in the dealership's records. The VIN is a value of the vehicle, not its id, so a vehicle entered before its VIN is known still has an identity.
 *
 * @param value the id text
 */
public record VehicleId(String value) implements Identifier, Comparable<VehicleId> {

    /** Checks the id text; see {@link Identifier}. */
    public VehicleId {
        value = Identifier.normalise("VehicleId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static VehicleId of(String value) {
        return new VehicleId(value);
    }

    @Override
    public int compareTo(VehicleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
