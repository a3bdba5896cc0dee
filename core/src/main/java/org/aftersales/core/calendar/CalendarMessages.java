package org.aftersales.core.calendar;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the business calendar; its bundles live beside this package's classes. */
final class CalendarMessages {

    /** Messages of the calendar: document problems and refusals of business time. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.calendar.messages", locale));

    private CalendarMessages() {
    }

    /** @return an empty collector over the calendar's messages */
    static Violations violations() {
        return new Violations(MESSAGES);
    }
}
