package org.aftersales.core.supply;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The messages of the parts-supply port; the bundles sit beside this package's classes. */
final class SupplyMessages {

    /** Messages of the supply values. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.supply.messages", locale));

    private SupplyMessages() {
    }

    static Violations violations() {
        return new Violations(MESSAGES);
    }
}
