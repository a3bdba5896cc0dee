package org.aftersales.core.error;

import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A well-formed command that a business rule refuses: stock would go negative, a prepaid
 * balance is insufficient, no bin fits. The {@linkplain #rule() rule code} names the rule and
 * the {@linkplain #detail() detail} carries the structured explanation when there is one (for
 * example a placement decision). Nothing was changed.
 */
public final class BusinessRuleException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final transient Object detail;

    /**
     * Creates the exception.
     *
     * @param rule the code of the refusing rule
     * @param text the explanation in both languages
     * @param detail a structured explanation, or null
     */
    public BusinessRuleException(String rule, LocalizedText text, Object detail) {
        super("business-rule", text, null);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.detail = detail;
    }

    /** @return the code of the rule that refused */
    public String rule() {
        return rule;
    }

    /** @return the structured explanation, or null */
    public Object detail() {
        return detail;
    }
}
