package org.aftersales.serviceflow.blueprint;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The messages of the blueprint package; its bundles live beside this package's classes. */
final class BlueprintMessages {

    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.serviceflow.blueprint.messages", locale));

    private BlueprintMessages() {
    }

    static Violations violations() {
        return new Violations(MESSAGES);
    }
}
