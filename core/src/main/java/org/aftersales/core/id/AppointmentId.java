package org.aftersales.core.id;


/**
 * Identifies an appointment.
 *
 * @param value the id text
 */
public record AppointmentId(String value) implements Identifier, Comparable<AppointmentId> {

    /** Checks the id text; see {@link Identifier}. */
    public AppointmentId {
        value = Identifier.normalise("AppointmentId", value);
    }

    /**
     * Makes an id from its text.
     *
     * @param value the id text
     * @return the id
     * @throws org.aftersales.core.error.ValidationException if the text is not a valid id
     */
    public static AppointmentId of(String value) {
        return new AppointmentId(value);
    }

    @Override
    public int compareTo(AppointmentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
