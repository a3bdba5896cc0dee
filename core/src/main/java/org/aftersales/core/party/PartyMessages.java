package org.aftersales.core.party;

import java.util.Collection;
import java.util.ResourceBundle;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the parties; the bundles sit beside this package's classes. */
final class PartyMessages {

    /** Messages of staff, customers and vehicles. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.party.messages", locale));

    private PartyMessages() {
    }

    /** @return an empty collector over the party messages */
    static Violations violations() {
        return new Violations(MESSAGES);
    }

    /**
     * Records a {@code required} violation for each missing element of a list, such as
     * {@code needs[2]}.
     *
     * @param v the collector
     * @param path the list's path
     * @param elements the list, may be null
     * @return true when the list has no missing element
     */
    static boolean noneMissing(Violations v, String path, Collection<?> elements) {
        if (elements == null) {
            return true;
        }
        boolean ok = true;
        int i = 0;
        for (Object e : elements) {
            if (e == null) {
                v.required(path + "[" + i + "]", null);
                ok = false;
            }
            i++;
        }
        return ok;
    }
}
