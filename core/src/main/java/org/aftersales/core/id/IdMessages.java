package org.aftersales.core.id;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The messages of the id types; the bundle is core's value catalogue. */
final class IdMessages {

    /** Messages of id checks. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.internal.messages", locale));

    private IdMessages() {
    }
}
