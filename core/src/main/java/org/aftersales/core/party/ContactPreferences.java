package org.aftersales.core.party;

import java.time.LocalTime;
import java.util.List;
import org.aftersales.core.error.Violations;

/**
 * How a customer wants to be contacted (C3): channels in order of preference, the hours
 * when calls are welcome, and whether marketing messages are refused.
 *
 * @param channels preferred channels, best first, at least one
 * @param callFrom earliest time for calls, or null for any time
 * @param callUntil latest time for calls, or null for any time
 * @param noMarketing true when the customer refuses promotions and campaigns
 */
public record ContactPreferences(List<Channel> channels, LocalTime callFrom, LocalTime callUntil, boolean noMarketing) {

    /** Channels through which the dealership reaches a customer. */
    public enum Channel {
        /** A phone call. */
        PHONE,
        /** A text message. */
        SMS,
        /** A WeChat message. */
        WECHAT,
        /** An e-mail. */
        EMAIL
    }

    /** Checks channels and hours. */
    public ContactPreferences {
        Violations v = PartyMessages.violations();
        if (channels == null || channels.isEmpty() || channels.stream().anyMatch(java.util.Objects::isNull)) {
            v.add("channels", "customer.noChannel");
        } else if (channels.stream().distinct().count() != channels.size()) {
            v.add("channels", "customer.duplicateChannel");
        }
        if ((callFrom == null) != (callUntil == null)) {
            v.add("callUntil", "customer.callHours");
        } else if (callFrom != null && !callUntil.isAfter(callFrom)) {
            v.add("callUntil", "customer.callHours");
        }
        v.throwIfPresent();
        channels = List.copyOf(channels);
    }

    /**
     * Phone first, any time, promotions welcome.
     *
     * @return the default preferences
     */
    public static ContactPreferences phoneAnyTime() {
        return new ContactPreferences(List.of(Channel.PHONE), null, null, false);
    }

    /**
     * @param time a local time
     * @return true when a call at that time is welcome
     */
    public boolean welcomesCallAt(LocalTime time) {
        return callFrom == null || (!time.isBefore(callFrom) && time.isBefore(callUntil));
    }
}
