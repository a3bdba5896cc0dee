package org.aftersales.core.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Mileage;
import org.aftersales.core.value.Vin;

/**
 * A customer's vehicle (C3) with its odometer readings, which never go down. Immutable: a new
 * reading returns a new vehicle.
 *
 * @param id the vehicle id
 * @param vin the VIN
 * @param plate the licence plate, or null before registration
 * @param model the model name
 * @param purchaseDate the date of first sale, or null when unknown
 * @param owner the owning customer
 * @param readings odometer readings, oldest first, never decreasing
 */
public record Vehicle(VehicleId id, Vin vin, LicencePlate plate, String model, LocalDate purchaseDate,
        CustomerId owner, List<Reading> readings) {

    /**
     * An odometer reading on a date.
     *
     * @param date when it was read
     * @param mileage what it showed
     */
    public record Reading(LocalDate date, Mileage mileage) {
        /** Checks both parts. */
        public Reading {
            Violations v = PartyMessages.violations();
            v.required("date", date);
            v.required("mileage", mileage);
            v.throwIfPresent();
        }
    }

    /** Checks the parts and that readings never go down or back in time. */
    public Vehicle {
        Violations v = PartyMessages.violations();
        v.required("id", id);
        v.required("vin", vin);
        v.requiredText("model", model);
        v.required("owner", owner);
        if (!PartyMessages.noneMissing(v, "readings", readings)) {
            v.throwIfPresent();
        }
        readings = readings == null ? List.of() : List.copyOf(readings);
        for (int i = 1; i < readings.size(); i++) {
            Reading a = readings.get(i - 1);
            Reading b = readings.get(i);
            if (b.mileage().compareTo(a.mileage()) < 0) {
                v.add("readings[" + i + "]", "vehicle.mileageBackwards", b.mileage().km(), a.mileage().km());
            }
            if (b.date().isBefore(a.date())) {
                v.add("readings[" + i + "]", "vehicle.readingOrder", b.date(), a.date());
            }
        }
        v.throwIfPresent();
    }

    /**
     * Records an odometer reading; it must not be lower than the last one nor dated before it.
     *
     * @param date when it was read
     * @param mileage what it showed
     * @return the updated vehicle
     * @throws org.aftersales.core.error.ValidationException if the reading goes backwards
     */
    public Vehicle withReading(LocalDate date, Mileage mileage) {
        List<Reading> more = new ArrayList<>(readings);
        more.add(new Reading(date, mileage));
        return new Vehicle(id, vin, plate, model, purchaseDate, owner, more);
    }

    /** @return the latest reading, if any */
    public Optional<Reading> lastReading() {
        return readings.isEmpty() ? Optional.empty() : Optional.of(readings.get(readings.size() - 1));
    }
}
