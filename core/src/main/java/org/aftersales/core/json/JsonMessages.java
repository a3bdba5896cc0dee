package org.aftersales.core.json;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of JSON reading; the bundles sit beside this package's classes. */
final class JsonMessages {

    /** Messages of the hardened reader. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.json.messages", locale));

    private JsonMessages() {
    }

    /** @return an empty collector over the JSON messages */
    static Violations violations() {
        return new Violations(MESSAGES);
    }
}
