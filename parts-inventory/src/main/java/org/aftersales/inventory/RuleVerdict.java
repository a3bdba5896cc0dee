package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.RuleKind;

/**
 * One rule's verdict on one bin.
 *
 * @param rule the rule id
 * @param kind hard or soft
 * @param passed for a hard rule whether the bin is allowed; true for soft rules
 * @param score 0 to 1 (hard rules: 1 passed, 0 refused)
 * @param weight the weight of a soft rule in the rule set; 0 for hard rules
 * @param reason why, in English and Chinese
 */
public record RuleVerdict(String rule, RuleKind kind, boolean passed, double score, double weight, LocalizedText reason) {
}
