package org.aftersales.core.error;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The messages the exception family speaks; the bundles sit beside this package's classes. */
final class ErrorMessages {

    /** Messages of the exceptions: not found, stale writes, plugin failures, refused events. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.error.messages", locale));

    private ErrorMessages() {
    }
}
