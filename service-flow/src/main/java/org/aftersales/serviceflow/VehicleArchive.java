package org.aftersales.serviceflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Mileage;

/**
 * A car's archive at the dealership (F3): made at the first visit, checked for gaps at each
 * return. Holds the last mileage reading, which a new reading may never be below.
 *
 * @param id the vehicle
 * @param plate the plate
 * @param vin the VIN text; null while unknown
 * @param model the model; null while unknown
 * @param customer the owner
 * @param phone the owner's phone; null while unknown
 * @param lastMileage the last reading
 * @param lastVisit the day of the last visit
 */
public record VehicleArchive(VehicleId id, LicencePlate plate, String vin, String model, CustomerId customer,
        String phone, Mileage lastMileage, LocalDate lastVisit) implements Aggregate<VehicleId> {

    /** Checks the id. */
    public VehicleArchive {
        Objects.requireNonNull(id, "id");
    }

    /** @return the names of the fields still missing, to fill at once */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        if (vin == null) {
            gaps.add("vin");
        }
        if (model == null) {
            gaps.add("model");
        }
        if (phone == null) {
            gaps.add("phone");
        }
        return gaps;
    }

    VehicleArchive visited(LicencePlate newPlate, String newVin, String newModel, CustomerId owner, String newPhone,
            Mileage reading, LocalDate day) {
        return new VehicleArchive(id, newPlate, newVin != null ? newVin : vin, newModel != null ? newModel : model,
                owner, newPhone != null ? newPhone : phone, reading, day);
    }
}
