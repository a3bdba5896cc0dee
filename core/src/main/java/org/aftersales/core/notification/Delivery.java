package org.aftersales.core.notification;

import java.time.Instant;
import org.aftersales.core.error.PluginFailureException;

/**
 * What {@link Notifications#deliverPending} did with one notification.
 *
 * @param id the notification
 * @param outcome sent, to be retried, or parked
 * @param attempts tries so far, this one included
 * @param nextAttempt when it is tried again, or null
 * @param failure the sender's failure, naming the sender's id; null when sent
 */
public record Delivery(NotificationId id, Outcome outcome, int attempts, Instant nextAttempt,
        PluginFailureException failure) {

    /** The outcome of one try. */
    public enum Outcome {
        /** The sender accepted it. */
        SENT,
        /** The sender failed; it is tried again later. */
        RETRY,
        /** The sender failed for the last allowed time; it waits for staff. */
        PARKED
    }
}
