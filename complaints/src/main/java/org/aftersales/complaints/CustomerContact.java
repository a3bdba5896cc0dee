package org.aftersales.complaints;

import org.aftersales.core.party.ContactPreferences;

/**
 * How the customer wants to be reached about the complaint: the address a channel reaches
 * (a phone number, a WeChat id) and their preferences (channels, hours). Messages to the
 * customer respect these and the outbox's quiet hours.
 *
 * @param address where the channel reaches them
 * @param preferences their contact preferences
 */
public record CustomerContact(String address, ContactPreferences preferences) {

    /** Checks both parts. */
    public CustomerContact {
        ComplaintMessages.violations().requiredText("address", address).required("preferences", preferences)
                .throwIfPresent();
    }
}
