package org.aftersales.core.error;

import java.util.Objects;
import java.util.Optional;
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
    private final transient RefusalDetail detail;

    /**
     * Creates the exception.
     *
     * @param rule the code of the refusing rule
     * @param text the explanation in both languages
     * @param detail a structured explanation, or null
     */
    public BusinessRuleException(String rule, LocalizedText text, RefusalDetail detail) {
        super("business-rule", text, null);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.detail = detail;
    }

    /** @return the code of the rule that refused */
    public String rule() {
        return rule;
    }

    /** @return the structured explanation, if the refusal has one */
    public Optional<RefusalDetail> detail() {
        return Optional.ofNullable(detail);
    }

    /**
     * The structured explanation, if the refusal has one of the given type.
     *
     * @param type the detail type the caller knows, such as the placement module's {@code NoBinFits}
     * @param <D> that type
     * @return the detail, or empty when there is none or it is of another type
     */
    public <D extends RefusalDetail> Optional<D> detail(Class<D> type) {
        return type.isInstance(detail) ? Optional.of(type.cast(detail)) : Optional.empty();
    }
}
