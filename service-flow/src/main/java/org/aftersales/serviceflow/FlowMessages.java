package org.aftersales.serviceflow;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the service flow; its bundles live beside this package's classes. */
final class FlowMessages {

    /** Guard reasons, refusals and command problems, in English and Chinese. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.serviceflow.messages", locale));

    private FlowMessages() {
    }

    static Violations violations() {
        return new Violations(MESSAGES);
    }

    static LocalizedText text(String key, Object... args) {
        return MESSAGES.text(key, args);
    }
}
