package org.aftersales.core.notification;

import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.ContactPreferences;

/**
 * Who a notification is for: a customer, reached on the channels and at the hours of their
 * contact preferences and never during quiet hours, or a member of staff, reached by an
 * in-house alert.
 *
 * @param kind customer or staff
 * @param id the customer's or staff member's id text
 * @param address where the vendor's channel reaches them (a phone number, a WeChat id), or null
 * @param preferences the customer's contact preferences; null for staff
 * @param language the language to write in
 */
public record Recipient(Kind kind, String id, String address, ContactPreferences preferences, Language language) {

    /** Customers and staff follow different rules. */
    public enum Kind {
        /** A customer: preferences and quiet hours apply. */
        CUSTOMER,
        /** A member of staff: an in-house alert, at any hour unless set otherwise. */
        STAFF
    }

    /** Checks the parts. */
    public Recipient {
        var v = NotificationMessages.violations().required("kind", kind).requiredText("id", id)
                .required("language", language);
        if (kind == Kind.CUSTOMER && preferences == null) {
            v.add("preferences", "required");
        }
        v.throwIfPresent();
    }

    /**
     * A customer, written to in Chinese.
     *
     * @param customer the customer's id
     * @param address where the channel reaches them
     * @param preferences their contact preferences
     * @return the recipient
     */
    public static Recipient customer(CustomerId customer, String address, ContactPreferences preferences) {
        return new Recipient(Kind.CUSTOMER, customer.value(), address, preferences, Language.ZH);
    }

    /**
     * A member of staff, written to in Chinese.
     *
     * @param staff the staff id
     * @return the recipient
     */
    public static Recipient staff(StaffId staff) {
        return new Recipient(Kind.STAFF, staff.value(), null, null, Language.ZH);
    }

    /**
     * @param other the language
     * @return the same recipient written to in another language
     */
    public Recipient in(Language other) {
        return new Recipient(kind, id, address, preferences, other);
    }
}
