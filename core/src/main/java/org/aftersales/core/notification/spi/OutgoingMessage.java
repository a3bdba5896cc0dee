package org.aftersales.core.notification.spi;

import org.aftersales.core.notification.Channel;
import org.aftersales.core.notification.NotificationId;
import org.aftersales.core.notification.Recipient;

/**
 * A message handed to a sender. The key is the same on every try of one notification, so
 * that a sender (or its vendor) that already accepted it can accept the repeat without
 * sending it twice.
 *
 * @param key the idempotency key
 * @param channel the channel
 * @param to the recipient, with the address the channel reaches them at
 * @param message the message code
 * @param text the filled text in the recipient's language
 * @param attempt which try this is, from 1
 */
public record OutgoingMessage(NotificationId key, Channel channel, Recipient to, String message, String text,
        int attempt) {
}
