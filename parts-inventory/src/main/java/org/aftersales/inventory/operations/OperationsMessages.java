package org.aftersales.inventory.operations;

import java.util.ResourceBundle;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.Messages;

/** The messages of parts operations; the bundles sit beside this package's classes. */
final class OperationsMessages {

    /** Messages of receiving, the ledger, supply, accounts and the counter. */
    static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.inventory.operations.messages", locale));

    private OperationsMessages() {
    }

    static Violations violations() {
        return new Violations(MESSAGES);
    }

    static BusinessRuleException refusal(String rule, RefusalDetail detail, Object... args) {
        return new BusinessRuleException(rule, MESSAGES.text(rule, args), detail);
    }
}
