package org.aftersales.core.calendar;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Traditional festivals used for customer greetings (C5, F14). They follow the lunar calendar,
 * so their dates are data in each year's calendar document.
 */
public enum Festival implements Labelled {
    /** Spring Festival, the lunar new year. */
    SPRING_FESTIVAL("Spring Festival", "春节"),
    /** Lantern Festival, the 15th day of the first lunar month. */
    LANTERN_FESTIVAL("Lantern Festival", "元宵节"),
    /** Dragon Boat Festival, the 5th day of the fifth lunar month. */
    DRAGON_BOAT("Dragon Boat Festival", "端午节"),
    /** Mid-Autumn Festival, the 15th day of the eighth lunar month. */
    MID_AUTUMN("Mid-Autumn Festival", "中秋节");

    private final LocalizedText label;

    Festival(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
