package org.aftersales.core.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in English and Simplified Chinese, the two languages every message of the library
 * carries.
 *
 * @param en the English text, never blank
 * @param zh the Simplified Chinese text, never blank
 */
public record LocalizedText(String en, String zh) {

    /** Checks both texts are present. */
    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (en.isBlank() || zh.isBlank()) {
            throw new IllegalArgumentException("a localized text needs both an English and a Chinese text");
        }
    }

    /**
     * Picks the text for a locale: Chinese for any {@code zh} locale, English otherwise.
     *
     * @param locale the reader's locale
     * @return the text in that language
     */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    /** Both texts, English first, as one line. */
    @Override
    public String toString() {
        return en + " / " + zh;
    }
}
