package org.aftersales.store.jdbc;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The English and Chinese messages of the JDBC store. */
final class JdbcMessages {

    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.store.jdbc.messages", locale));

    private JdbcMessages() {
    }
}
