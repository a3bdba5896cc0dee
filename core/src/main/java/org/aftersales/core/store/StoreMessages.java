package org.aftersales.core.store;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of storage and plugin hosting; its bundles live in {@code org.aftersales.core.internal}. */
final class StoreMessages {

    /** Messages of the storage SPI, sequences and the plugin host. */
    public static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.internal.store", locale));

    private StoreMessages() {
    }
}
