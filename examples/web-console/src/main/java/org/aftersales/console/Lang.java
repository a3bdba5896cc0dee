package org.aftersales.console;

import java.util.Locale;
import org.aftersales.core.i18n.LocalizedText;

/**
 * The two languages of the console. A visitor's choice (the {@code lang} cookie set by the
 * switch) wins; otherwise the browser's {@code Accept-Language} decides: the first Chinese or
 * English range by quality picks, and English is the fallback.
 */
enum Lang {
    /** English. */
    EN("en", Locale.ENGLISH),
    /** Simplified Chinese. */
    ZH("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Lang(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    String tag() {
        return tag;
    }

    Locale locale() {
        return locale;
    }

    String pick(LocalizedText text) {
        return this == ZH ? text.zh() : text.en();
    }

    Lang other() {
        return this == ZH ? EN : ZH;
    }

    /**
     * @param cookie the value of the {@code lang} cookie, or null
     * @param acceptLanguage the request header, or null
     * @return the language to answer in
     */
    static Lang choose(String cookie, String acceptLanguage) {
        Lang chosen = ofCode(cookie);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String r = range.getRange().toLowerCase(Locale.ROOT);
                if (r.startsWith("zh")) {
                    return ZH;
                }
                if (r.startsWith("en")) {
                    return EN;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        return EN;
    }

    /**
     * @param code {@code en} or {@code zh}, any case
     * @return the language, or null when the code names neither
     */
    static Lang ofCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "zh", "zh-cn" -> ZH;
            default -> null;
        };
    }

    String code() {
        return this == ZH ? "zh" : "en";
    }
}
