package org.aftersales.core.notification;

import java.time.Instant;
import org.aftersales.core.store.Aggregate;

/**
 * A message in the transactional outbox (C12): stored in the unit of work of the change that
 * caused it, then handed to its channel's sender by {@link Notifications#deliverPending}. A
 * failed send is retried with back-off; after the set number of tries the message is parked
 * where staff see it and can send it again. It is never dropped. An immutable snapshot.
 *
 * @param id the idempotency key
 * @param message the message code
 * @param to the recipient
 * @param channel the channel chosen for the recipient
 * @param text the message, filled in the recipient's language
 * @param status where it stands
 * @param attempts how many sends were tried
 * @param queuedAt when it was queued
 * @param nextAttempt when the next send may be tried; null once sent or parked
 * @param lastError what the last failed send said, or null
 * @param sentAt when the sender accepted it, or null
 */
public record Notification(
        NotificationId id,
        String message,
        Recipient to,
        Channel channel,
        String text,
        Status status,
        int attempts,
        Instant queuedAt,
        Instant nextAttempt,
        String lastError,
        Instant sentAt) implements Aggregate<NotificationId> {

    /** Where a notification stands. */
    public enum Status {
        /** Waiting for its next try. */
        PENDING,
        /** Accepted by the sender. */
        SENT,
        /** Given up after the set number of tries, waiting for staff. */
        PARKED
    }

    Notification tried(Instant next, String error) {
        return new Notification(id, message, to, channel, text, Status.PENDING, attempts + 1, queuedAt, next, error,
                null);
    }

    Notification claimed(Instant leaseUntil) {
        return new Notification(id, message, to, channel, text, Status.PENDING, attempts, queuedAt, leaseUntil,
                lastError, null);
    }

    Notification sent(Instant at) {
        return new Notification(id, message, to, channel, text, Status.SENT, attempts + 1, queuedAt, null, null, at);
    }

    Notification parked(String error) {
        return new Notification(id, message, to, channel, text, Status.PARKED, attempts + 1, queuedAt, null, error,
                null);
    }

    Notification retried(Instant at) {
        return new Notification(id, message, to, channel, text, Status.PENDING, 0, queuedAt, at, lastError, null);
    }
}
