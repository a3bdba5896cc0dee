package org.aftersales.inventory;

import org.aftersales.core.error.RefusalDetail;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;

/**
 * Why no bin fits an incoming part (P3): per hard rule, how many bins it ruled out. The detail
 * of the {@link org.aftersales.core.error.BusinessRuleException} (rule
 * {@value #RULE}) that placement throws; JSON-serialisable.
 *
 * @param part the part number
 * @param quantity how many pieces
 * @param ruleSet the rule set
 * @param binsInWarehouse how many bins the layout has
 * @param ruledOut per hard rule, the bins it refused, most first
 * @param summary the explanation in English and Chinese
 */
public record NoBinFits(
        PartNumber part, long quantity, String ruleSet, int binsInWarehouse, List<RuleCount> ruledOut,
        LocalizedText summary) implements RefusalDetail {

    /** The rule code of the exception carrying this detail. */
    public static final String RULE = "placement.noBinFits";

    /** Copies the list. */
    public NoBinFits {
        ruledOut = List.copyOf(ruledOut);
    }
}
