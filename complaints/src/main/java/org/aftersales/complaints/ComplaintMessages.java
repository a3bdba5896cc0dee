package org.aftersales.complaints;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of complaint handling; its bundles live beside this class. */
final class ComplaintMessages {

    /** Messages of complaint handling: checks, refusals, guard reasons. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.complaints.messages", locale));

    private ComplaintMessages() {
    }

    static Violations violations() {
        return new Violations(MESSAGES);
    }
}
