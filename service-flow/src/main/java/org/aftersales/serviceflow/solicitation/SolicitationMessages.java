package org.aftersales.serviceflow.solicitation;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of solicitation; its bundles live beside this package's classes. */
final class SolicitationMessages {

    /** Refusals and command problems, in English and Chinese. */
    static final Messages MESSAGES = Messages.of(locale ->
            ResourceBundle.getBundle("org.aftersales.serviceflow.solicitation.messages", locale));

    private SolicitationMessages() {
    }

    static Violations violations() {
        return new Violations(MESSAGES);
    }

    static LocalizedText text(String key, Object... args) {
        return MESSAGES.text(key, args);
    }
}
