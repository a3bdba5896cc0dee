package org.aftersales.inventory;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the parts warehouse; its bundles live beside this class. */
final class InventoryMessages {

    /** Messages of the parts warehouse: checks, rule explanations, plans. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.inventory.messages", locale));

    private InventoryMessages() {
    }
}
