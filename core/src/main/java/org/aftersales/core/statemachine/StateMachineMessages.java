package org.aftersales.core.statemachine;

import java.util.ResourceBundle;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the state machine engine; its bundles live in {@code org/aftersales/core/internal} among the resources. */
final class StateMachineMessages {

    /** Messages of the state machine engine: definition problems. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.internal.statemachine", locale));

    private StateMachineMessages() {
    }

}
