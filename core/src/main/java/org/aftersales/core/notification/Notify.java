package org.aftersales.core.notification;

import java.util.Map;

/**
 * Queues a notification (C12): a message code's template, filled with values, for a
 * recipient. Checked whole by {@link Notifications#queue}: every problem listed.
 *
 * @param key the idempotency key, which is also the notification's id
 * @param message the message code of a loaded template
 * @param to the recipient
 * @param values a value for every placeholder the template's text uses
 */
public record Notify(NotificationId key, String message, Recipient to, Map<String, String> values) {

    /** Copies the values. */
    public Notify {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
