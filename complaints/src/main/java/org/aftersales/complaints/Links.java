package org.aftersales.complaints;

import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.VehicleId;

/**
 * What a complaint is linked to, by id only (K1): complaints never hold another module's
 * objects. The customer is required; the rest may be null.
 *
 * @param customer the customer who complains
 * @param vehicle the vehicle concerned, or null
 * @param repairOrder the repair order concerned, or null
 * @param part the part concerned, or null
 */
public record Links(CustomerId customer, VehicleId vehicle, RepairOrderId repairOrder, PartNumber part) {

    /** Checks the customer is given. */
    public Links {
        ComplaintMessages.violations().required("customer", customer).throwIfPresent();
    }

    /**
     * Links to a customer only.
     *
     * @param customer the customer
     * @return the links
     */
    public static Links customer(CustomerId customer) {
        return new Links(customer, null, null, null);
    }
}
