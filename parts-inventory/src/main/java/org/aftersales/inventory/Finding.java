package org.aftersales.inventory;

import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.inventory.spi.RuleKind;

/**
 * One rule broken by one stock line of a layout (P4): a hard violation, or a soft rule scoring
 * below the shortfall threshold.
 *
 * @param bin the bin
 * @param part the part stored there
 * @param rule the rule id
 * @param kind hard or soft
 * @param score the rule's score, 0 to 1
 * @param reason why, in English and Chinese
 */
public record Finding(BinCode bin, PartNumber part, String rule, RuleKind kind, double score, LocalizedText reason) {
}
