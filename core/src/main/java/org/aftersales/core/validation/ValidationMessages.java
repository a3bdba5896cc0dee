package org.aftersales.core.validation;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of boundary validation; the bundles sit beside this package's classes. */
final class ValidationMessages {

    /** Texts of the built-in constraints, keyed {@code constraint.<annotation>}. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.validation.messages", locale));

    private ValidationMessages() {
    }
}
