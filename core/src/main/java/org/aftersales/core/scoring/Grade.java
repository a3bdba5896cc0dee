package org.aftersales.core.scoring;

import java.math.BigDecimal;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A grade band (S2): a score of at least {@code minPercent} earns this grade unless a better
 * band applies.
 *
 * @param code the grade's short code, such as {@code A}
 * @param name its name, such as excellent / 优秀
 * @param minPercent the lowest score in the band, 0 to 100
 */
public record Grade(String code, LocalizedText name, BigDecimal minPercent) {

    /** Checks every part, listing every problem. */
    public Grade {
        Violations v = ScoringMessages.violations();
        ScoringMessages.checkCode(v, "code", code, ScoringMessages.ITEM_CODE);
        CatalogueRules.required(v, "name", name);
        if (minPercent == null) {
            v.add("minPercent", "scoring.required");
        } else if (minPercent.signum() < 0 || minPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            v.add("minPercent", "scoring.grade.min", minPercent.toPlainString());
        }
        v.throwIfPresent();
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}
