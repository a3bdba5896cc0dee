package org.aftersales.core.notification;

import org.aftersales.core.party.ContactPreferences;

/** How a notification reaches its recipient (C12); each channel has one sender plugin. */
public enum Channel {
    /** A text message. */
    SMS,
    /** A WeChat message. */
    WECHAT,
    /** A task for a call-centre agent to phone the customer. */
    PHONE_TASK,
    /** An e-mail. */
    EMAIL,
    /** An in-house alert to a member of staff. */
    STAFF_ALERT;

    /**
     * The channel that serves a customer's preferred way of contact.
     *
     * @param preferred a channel from the customer's contact preferences
     * @return the notification channel
     */
    public static Channel of(ContactPreferences.Channel preferred) {
        return switch (preferred) {
            case PHONE -> PHONE_TASK;
            case SMS -> SMS;
            case WECHAT -> WECHAT;
            case EMAIL -> EMAIL;
        };
    }
}
