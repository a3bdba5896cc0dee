package org.aftersales.core.scoring;

import org.aftersales.core.i18n.LocalizedText;

/**
 * How binding a standard item is (S1). A failed {@link #MUST} item is flagged in the
 * assessment and caps its grade; a failed {@link #SHOULD} item only costs its points.
 */
public enum Level {
    /** The item must be done (必须做到). */
    MUST(new LocalizedText("must do", "必须做到")),
    /** The item is asked for (要求做到). */
    SHOULD(new LocalizedText("should do", "要求做到"));

    private final LocalizedText text;

    Level(LocalizedText text) {
        this.text = text;
    }

    /** @return the level's name in English and Chinese */
    public LocalizedText text() {
        return text;
    }
}
