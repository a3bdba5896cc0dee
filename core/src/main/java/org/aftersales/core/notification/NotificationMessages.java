package org.aftersales.core.notification;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of notifications; its bundles live beside this package's classes. */
final class NotificationMessages {

    /** Messages of notifications: template and command problems. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.notification.messages", locale));

    private NotificationMessages() {
    }

    /** @return an empty collector over the notification messages */
    static Violations violations() {
        return new Violations(MESSAGES);
    }
}
