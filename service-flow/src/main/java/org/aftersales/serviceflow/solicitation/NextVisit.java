package org.aftersales.serviceflow.solicitation;

import java.time.LocalDate;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.VehicleId;

/**
 * A car due for its next service (F14), as {@link Solicitation#nextVisits} finds it.
 *
 * @param vehicle the car
 * @param customer its owner
 * @param plate its plate
 * @param dueOn the day the next service falls due: the next-service date, or the day the
 *     projected mileage reaches the next-service mileage, whichever comes first
 * @param reason which of the two came first
 * @param kmPerDay the kilometres a day the projection used
 */
public record NextVisit(VehicleId vehicle, CustomerId customer, String plate, LocalDate dueOn, Reason reason,
        long kmPerDay) {

    /** What makes the car due. */
    public enum Reason {
        /** The next-service date. */
        DATE,
        /** The next-service mileage, projected from the car's driving. */
        MILEAGE
    }
}
