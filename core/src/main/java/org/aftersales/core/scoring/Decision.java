package org.aftersales.core.scoring;

import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;

/**
 * What the reward and penalty policy decided for one ranked subject (奖优罚差, S2), and why.
 *
 * @param verdict reward, nothing, or penalty
 * @param reason the reason in both languages
 */
public record Decision(Verdict verdict, LocalizedText reason) {

    /** The three verdicts. */
    public enum Verdict {
        /** Rewarded (奖). */
        REWARD,
        /** Neither rewarded nor penalised. */
        NONE,
        /** Penalised (罚). */
        PENALTY
    }

    /** Checks the parts are present. */
    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
