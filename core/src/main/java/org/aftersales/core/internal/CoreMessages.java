package org.aftersales.core.internal;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the core module; its bundles live beside this class. */
public final class CoreMessages {

    /** Messages of core: value rules, calendar, storage and engine errors. */
    public static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.internal.messages", locale));

    private CoreMessages() {
    }
}
