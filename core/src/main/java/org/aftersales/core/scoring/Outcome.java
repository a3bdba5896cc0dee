package org.aftersales.core.scoring;

import org.aftersales.core.i18n.LocalizedText;

/** The result of one item in one assessment (S2). */
public enum Outcome {
    /** Fully met: earns all the item's points. */
    PASSED(new LocalizedText("passed", "达标")),
    /** Not met: earns nothing; a failed MUST item is flagged and caps the grade. */
    FAILED(new LocalizedText("failed", "未达标")),
    /** Partly met: earns the points the assessor awards, half by default. */
    PARTLY_MET(new LocalizedText("partly met", "部分达标")),
    /** Does not apply this period: its points leave both sides of the score. */
    NOT_APPLICABLE(new LocalizedText("not applicable", "不适用"));

    private final LocalizedText text;

    Outcome(LocalizedText text) {
        this.text = text;
    }

    /** @return the outcome's name in English and Chinese */
    public LocalizedText text() {
        return text;
    }
}
