package org.aftersales.core.supply;

import org.aftersales.core.error.Violations;
import org.aftersales.core.id.Identifier;

/**
 * The document parts are reserved or issued for: reservations are held, released and issued
 * per document.
 *
 * @param kind what kind of document
 * @param number its number or id, as the module that owns it writes it
 */
public record SupplyDocument(Kind kind, String number) {

    /** The documents that reserve or draw parts. */
    public enum Kind {
        /** A booked appointment: parts checked and held before the car comes (F2). */
        APPOINTMENT,
        /** An estimate the customer has not approved yet. */
        ESTIMATE,
        /** A repair order: parts issued to the workshop (F5). */
        REPAIR_ORDER,
        /** A sale at the parts counter (P11). */
        COUNTER_SALE
    }

    /** Checks both parts and trims the number. */
    public SupplyDocument {
        Violations v = SupplyMessages.violations();
        if (kind == null) {
            v.add("kind", "required");
        }
        v.throwIfPresent();
        number = Identifier.normalise("document number", number);
    }

    /**
     * A repair order's document.
     *
     * @param number the repair order's id or number
     * @return the document
     */
    public static SupplyDocument repairOrder(String number) {
        return new SupplyDocument(Kind.REPAIR_ORDER, number);
    }

    /**
     * An appointment's document.
     *
     * @param number the appointment's id
     * @return the document
     */
    public static SupplyDocument appointment(String number) {
        return new SupplyDocument(Kind.APPOINTMENT, number);
    }
}
