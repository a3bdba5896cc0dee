package org.aftersales.core.notification.spi;

import org.aftersales.core.notification.Channel;
import org.aftersales.core.plugin.Plugin;

/**
 * Sends messages on one channel (C12): the vendor's adapter to an SMS gateway, WeChat, the
 * call-centre task list or the in-house alert system. Hosted by
 * {@link org.aftersales.core.plugin.PluginHost}; one sender per channel. A sender that returns
 * has accepted the message; one that throws has not, and the library records a failed try
 * (reported as {@link org.aftersales.core.error.PluginFailureException} with the sender's id)
 * and tries again later. Called outside any unit of work.
 */
public interface NotificationSender extends Plugin {

    /** @return the channel this sender serves */
    Channel channel();

    /**
     * Sends a message; must be safe to call again with the same key.
     *
     * @param message the message
     */
    void send(OutgoingMessage message);
}
