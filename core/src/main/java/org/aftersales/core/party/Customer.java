package org.aftersales.core.party;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.value.PhoneNumber;

/**
 * A customer and their archive (C3): individual or fleet, contact preferences, the dated
 * history of their changing needs, dates for greetings, loyalty-card membership and where
 * they came from. Immutable: each change returns a new customer.
 *
 * <p>A fleet (group) customer names a decision-maker, whose sign-off counts as the fleet's
 * acceptance; an individual names none.
 *
 * @param id the customer id
 * @param kind individual or fleet
 * @param name the person's or company's name
 * @param phone the main phone number
 * @param preferences how to contact them
 * @param decisionMaker the fleet's decision-maker, null for an individual
 * @param birthday the birthday for greetings, or null
 * @param anniversaries other dates for greetings (purchase, wedding), may be empty
 * @param loyaltyCard the loyalty-card number, or null when not a member
 * @param origin where the customer came from
 * @param needs the dated history of needs, oldest first
 */
public record Customer(
        CustomerId id,
        Kind kind,
        String name,
        PhoneNumber phone,
        ContactPreferences preferences,
        Contact decisionMaker,
        MonthDay birthday,
        List<MonthDay> anniversaries,
        String loyaltyCard,
        Origin origin,
        List<Need> needs) {

    /** Individual or fleet customers are handled with different policies. */
    public enum Kind {
        /** A private person. */
        INDIVIDUAL,
        /** A company or group with several vehicles. */
        FLEET
    }

    /** Where a customer came from. */
    public enum Origin {
        /** Walked in or called for service. */
        WALK_IN,
        /** Bought a car here and became a service customer. */
        CAR_BUYER,
        /** Sent by another customer. */
        REFERRAL,
        /** Reached by a campaign. */
        CAMPAIGN,
        /** Came from another dealership or a repair shop. */
        TRANSFER
    }

    /**
     * A named contact person.
     *
     * @param name the person
     * @param phone their number
     */
    public record Contact(String name, PhoneNumber phone) {
        /** Checks both parts. */
        public Contact {
            Violations v = PartyMessages.violations();
            v.requiredText("name", name);
            v.required("phone", phone);
            v.throwIfPresent();
        }
    }

    /**
     * A need the customer expressed, dated.
     *
     * @param since when it was recorded
     * @param text what the customer needs, in their words
     */
    public record Need(LocalDate since, String text) {
        /** Checks both parts. */
        public Need {
            Violations v = PartyMessages.violations();
            v.required("since", since);
            v.requiredText("text", text);
            v.throwIfPresent();
        }
    }

    /** Checks the archive as a whole. */
    public Customer {
        Violations v = PartyMessages.violations();
        v.required("id", id);
        v.required("kind", kind);
        v.requiredText("name", name);
        v.required("phone", phone);
        v.required("preferences", preferences);
        v.required("origin", origin);
        if (kind == Kind.FLEET && decisionMaker == null) {
            v.add("decisionMaker", "customer.fleetDecisionMaker");
        }
        if (kind == Kind.INDIVIDUAL && decisionMaker != null) {
            v.add("decisionMaker", "customer.individualDecisionMaker");
        }
        if (loyaltyCard != null && loyaltyCard.isBlank()) {
            v.add("loyaltyCard", "customer.loyaltyCard");
        }
        PartyMessages.noneMissing(v, "anniversaries", anniversaries);
        PartyMessages.noneMissing(v, "needs", needs);
        v.throwIfPresent();
        anniversaries = anniversaries == null ? List.of() : List.copyOf(anniversaries);
        List<Need> sorted = new ArrayList<>(needs == null ? List.of() : needs);
        sorted.sort(Comparator.comparing(Need::since));
        needs = List.copyOf(sorted);
    }

    /**
     * A new individual customer with default preferences and an empty history.
     *
     * @param id the id
     * @param name the name
     * @param phone the phone number
     * @param origin where they came from
     * @return the customer
     */
    public static Customer individual(CustomerId id, String name, PhoneNumber phone, Origin origin) {
        return new Customer(id, Kind.INDIVIDUAL, name, phone, ContactPreferences.phoneAnyTime(), null, null, List.of(),
                null, origin, List.of());
    }

    /**
     * A new fleet customer with its decision-maker.
     *
     * @param id the id
     * @param company the company's name
     * @param phone the company's number
     * @param decisionMaker whose sign-off counts as acceptance
     * @param origin where they came from
     * @return the customer
     */
    public static Customer fleet(CustomerId id, String company, PhoneNumber phone, Contact decisionMaker, Origin origin) {
        return new Customer(id, Kind.FLEET, company, phone, ContactPreferences.phoneAnyTime(), decisionMaker, null,
                List.of(), null, origin, List.of());
    }

    /**
     * Records a need expressed on a date; earlier needs stay in the history.
     *
     * @param since the date
     * @param text the need
     * @return the updated customer
     */
    public Customer withNeed(LocalDate since, String text) {
        List<Need> more = new ArrayList<>(needs);
        more.add(new Need(since, text));
        return new Customer(id, kind, name, phone, preferences, decisionMaker, birthday, anniversaries, loyaltyCard,
                origin, more);
    }

    /**
     * @param preferences new contact preferences
     * @return the updated customer
     */
    public Customer withPreferences(ContactPreferences preferences) {
        return new Customer(id, kind, name, phone, preferences, decisionMaker, birthday, anniversaries, loyaltyCard,
                origin, needs);
    }

    /**
     * @param birthday the birthday for greetings
     * @return the updated customer
     */
    public Customer withBirthday(MonthDay birthday) {
        return new Customer(id, kind, name, phone, preferences, decisionMaker, birthday, anniversaries, loyaltyCard,
                origin, needs);
    }

    /**
     * @param cardNumber the loyalty-card number
     * @return the updated customer, a member
     */
    public Customer joinLoyalty(String cardNumber) {
        return new Customer(id, kind, name, phone, preferences, decisionMaker, birthday, anniversaries, cardNumber,
                origin, needs);
    }

    /**
     * The need in force on a date: the latest recorded on or before it.
     *
     * @param date the date
     * @return the need, if any was recorded by then
     */
    public Optional<Need> needOn(LocalDate date) {
        Need found = null;
        for (Need n : needs) {
            if (!n.since().isAfter(date)) {
                found = n;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether a date calls for a greeting: the birthday or an anniversary.
     *
     * @param date the date
     * @return true on a birthday or anniversary
     */
    public boolean hasGreetingOn(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return day.equals(birthday) || anniversaries.contains(day);
    }
}
