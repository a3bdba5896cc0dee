package org.aftersales.core.event;

import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.internal.Checks;

/**
 * Who caused an event: a staff member, a customer, or a named part of the system (a timer, an
 * importer).
 *
 * @param kind the kind of actor
 * @param id the staff or customer id, or the system component's name
 */
public record Actor(Kind kind, String id) {

    /** Kinds of actor. */
    public enum Kind {
        /** A member of staff. */
        STAFF,
        /** A customer. */
        CUSTOMER,
        /** The system itself. */
        SYSTEM
    }

    /** Checks both parts. */
    public Actor {
        Checks.required(kind, "kind");
        id = Identifier.normalise("actor", id);
    }

    /**
     * A staff member as actor.
     *
     * @param staff the staff id
     * @return the actor
     */
    public static Actor staff(StaffId staff) {
        return of(Kind.STAFF, staff);
    }

    /**
     * A customer as actor.
     *
     * @param customer the customer id
     * @return the actor
     */
    public static Actor customer(CustomerId customer) {
        return of(Kind.CUSTOMER, customer);
    }

    /**
     * A system component as actor.
     *
     * @param component its name, such as {@code follow-up-timer}
     * @return the actor
     */
    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component);
    }

    private static Actor of(Kind kind, Identifier id) {
        return new Actor(kind, Checks.required(id, "id").value());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
