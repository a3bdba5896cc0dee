package org.aftersales.complaints;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * The handling steps (K3), the events of {@link ComplaintFlow}: listen, analyse, find a
 * solution, resolve, review, in that order; emergency measures at any time before closing;
 * then close.
 */
public enum Step implements Labelled {
    /** Let the customer speak and record the account. */
    LISTEN("Listen", "倾听"),
    /** Analyse the cause and what the customer really wants. */
    ANALYSE("Analyse", "冷静分析"),
    /** Find a solution: handle it, or route it at once to the responsible department. */
    FIND_SOLUTION("Find a solution", "找出解决方案"),
    /** Apologise and deliver the agreed remedy. */
    RESOLVE("Resolve", "化解不满"),
    /** Take an emergency measure; optional, at any time before closing. */
    EMERGENCY_MEASURE("Emergency measure", "应急措施"),
    /** Review: root cause, lesson, preventive action. */
    REVIEW("Review", "检讨结果"),
    /** Close, with the result told to the customer and the review done. */
    CLOSE("Close", "结案");

    private final LocalizedText label;

    Step(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
