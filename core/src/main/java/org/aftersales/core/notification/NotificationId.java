package org.aftersales.core.notification;

import org.aftersales.core.id.Identifier;

/**
 * Identifies a notification; it is also the idempotency key handed to the sender, so that a
 * sender that already accepted a message can refuse it the second time. Choose it from what
 * caused the message, such as {@code RO-2026-000123/ready}: queuing the same key twice queues
 * one message.
 *
 * @param value the key text
 */
public record NotificationId(String value) implements Identifier, Comparable<NotificationId> {

    /** Checks the id text; see {@link Identifier}. */
    public NotificationId {
        value = Identifier.normalise("NotificationId", value);
    }

    /**
     * @param value the key text
     * @return the id
     */
    public static NotificationId of(String value) {
        return new NotificationId(value);
    }

    @Override
    public int compareTo(NotificationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
