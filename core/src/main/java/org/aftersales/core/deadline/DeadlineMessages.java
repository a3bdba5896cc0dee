package org.aftersales.core.deadline;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of deadlines; its bundles live beside this package's classes. */
final class DeadlineMessages {

    /** Messages of deadlines: command problems and refusals. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.deadline.messages", locale));

    private DeadlineMessages() {
    }

    /** @return an empty collector over the deadline messages */
    static Violations violations() {
        return new Violations(MESSAGES);
    }
}
