package org.aftersales.core.store.spi;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The messages of the storage SPI's own checks; the bundle is the storage catalogue. */
final class SpiMessages {

    /** Messages of the storage settings. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.internal.store", locale));

    private SpiMessages() {
    }
}
