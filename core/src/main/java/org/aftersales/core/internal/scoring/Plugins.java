package org.aftersales.core.internal.scoring;

import org.aftersales.core.error.BusinessRuleException;

/** Reports a failing scoring plugin by its id. */
public final class Plugins {

    private Plugins() {
    }

    /**
     * The failure of a plugin.
     *
     * @param rule {@code scoring.derivation.failed} or {@code scoring.policy.failed}
     * @param id the plugin's kind or id
     * @param cause what it threw
     * @return the exception to throw; its detail is the cause
     */
    public static BusinessRuleException failure(String rule, String id, Throwable cause) {
        return new BusinessRuleException(rule, ScoringMessages.MESSAGES.text(rule, id, String.valueOf(cause)), cause);
    }
}
