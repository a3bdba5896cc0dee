package org.aftersales.serviceflow.solicitation;

import java.util.List;
import java.util.Objects;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.party.Customer;
import org.aftersales.core.party.Vehicle;
import org.aftersales.core.store.Aggregate;

/**
 * What solicitation knows of a customer (F14): the customer (contact preferences, birthday and
 * other dates, loyalty card) and their cars (with the purchase dates for anniversaries).
 * Immutable.
 *
 * @param id the customer
 * @param customer the customer's archive
 * @param vehicles their cars
 */
public record CustomerFile(CustomerId id, Customer customer, List<Vehicle> vehicles) implements Aggregate<CustomerId> {

    /** Checks the parts and copies the cars. */
    public CustomerFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        vehicles = List.copyOf(vehicles);
    }

    /** @return true when the customer accepts promotions, campaigns and greetings */
    public boolean welcomesMarketing() {
        return !customer.preferences().noMarketing();
    }
}
