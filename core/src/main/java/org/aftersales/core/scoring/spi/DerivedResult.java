package org.aftersales.core.scoring.spi;

import java.math.BigDecimal;
import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.scoring.Outcome;

/**
 * What a derivation found for one item (S3): the outcome, the points earned when partly met,
 * and the evidence in both languages (what was counted).
 *
 * @param outcome the item's outcome
 * @param awarded points earned when partly met (more than 0, less than the item's points);
 *     null otherwise
 * @param evidence what was counted, such as "18 of 20 on time"
 */
public record DerivedResult(Outcome outcome, BigDecimal awarded, LocalizedText evidence) {

    /** Checks the parts are present and {@code awarded} goes only with partly met. */
    public DerivedResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(evidence, "evidence");
        if ((awarded != null) != (outcome == Outcome.PARTLY_MET)) {
            throw new IllegalArgumentException("awarded points go with a partly met outcome only");
        }
    }

    /**
     * A derived result with no awarded points.
     *
     * @param outcome passed, failed or not applicable
     * @param evidence what was counted
     * @return the result
     */
    public static DerivedResult of(Outcome outcome, LocalizedText evidence) {
        return new DerivedResult(outcome, null, evidence);
    }

    /**
     * A partly met result.
     *
     * @param awarded points earned
     * @param evidence what was counted
     * @return the result
     */
    public static DerivedResult partly(BigDecimal awarded, LocalizedText evidence) {
        return new DerivedResult(Outcome.PARTLY_MET, awarded, evidence);
    }
}
