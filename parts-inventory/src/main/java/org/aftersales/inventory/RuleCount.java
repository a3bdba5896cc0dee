package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;

/**
 * How many bins one hard rule ruled out.
 *
 * @param rule the rule id
 * @param title the rule's title
 * @param binsRuledOut how many bins it refused (a bin may be refused by several rules)
 */
public record RuleCount(String rule, LocalizedText title, int binsRuledOut) {
}
