package org.aftersales.complaints;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * How serious a complaint is (K2, K10). The seeds name no levels; these four are our default,
 * each with its own SLA targets in {@link StandardSlaPolicy}. A dealership that wants other
 * targets supplies its own {@link org.aftersales.complaints.spi.SlaPolicy}.
 */
public enum Severity implements Labelled {
    /** A remark or a small annoyance. */
    LOW("Low", "轻微"),
    /** An ordinary complaint. */
    NORMAL("Normal", "一般"),
    /** A customer who threatens to leave, or a repeat complaint. */
    HIGH("High", "严重"),
    /** Safety, the press, a consumer association or a lawsuit. */
    CRITICAL("Critical", "重大");

    private final LocalizedText label;

    Severity(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
