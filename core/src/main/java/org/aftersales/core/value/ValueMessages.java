package org.aftersales.core.value;

import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the values; the bundles sit beside this package's classes. */
final class ValueMessages {

    /** Messages of the value rules. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.value.messages", locale));

    private ValueMessages() {
    }

    /** @return an empty collector over the value messages */
    static Violations violations() {
        return new Violations(MESSAGES);
    }

    /**
     * Fails with a single {@code required} violation when a value is missing.
     *
     * @param value the value
     * @param path its path
     * @param <T> its type
     * @return the value
     */
    static <T> T required(T value, String path) {
        if (value == null) {
            violations().required(path, null).throwIfPresent();
        }
        return value;
    }

    /**
     * Throws a validation failure with one violation; never returns normally.
     *
     * @param path where the bad input is
     * @param code the rule code and message key
     * @param args the message arguments
     * @return nothing; declared so callers can write {@code throw refuse(...)}
     */
    static RuntimeException refuse(String path, String code, Object... args) {
        violations().add(path, code, args).throwIfPresent();
        throw new AssertionError(code);
    }
}
