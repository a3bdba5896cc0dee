package org.aftersales.inventory.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Builds bilingual texts from the module's bundles where arguments differ by language: an
 * argument that is a {@link LocalizedText} is put in as its English text in the English
 * message and its Chinese text in the Chinese one.
 */
public final class Texts {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private Texts() {
    }

    /**
     * Formats a message.
     *
     * @param key the message key
     * @param args arguments; {@link LocalizedText} arguments are split by language
     * @return the text in both languages
     */
    public static LocalizedText t(String key, Object... args) {
        LocalizedText pattern = InventoryMessages.MESSAGES.text(key);
        Object[] en = new Object[args.length];
        Object[] zh = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalizedText lt) {
                en[i] = lt.en();
                zh[i] = lt.zh();
            } else {
                en[i] = args[i];
                zh[i] = args[i];
            }
        }
        return new LocalizedText(new MessageFormat(pattern.en(), Locale.ENGLISH).format(en),
                new MessageFormat(pattern.zh(), ZH).format(zh));
    }

    /**
     * Joins texts: English with {@code "; "}, Chinese with {@code "；"}.
     *
     * @param items the texts, at least one
     * @return the joined text
     */
    public static LocalizedText join(List<LocalizedText> items) {
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (LocalizedText item : items) {
            if (en.length() > 0) {
                en.append("; ");
                zh.append('；');
            }
            en.append(item.en());
            zh.append(item.zh());
        }
        return new LocalizedText(en.toString(), zh.toString());
    }

    /**
     * A number with one decimal, for metres and kilograms.
     *
     * @param value the number
     * @return the text
     */
    public static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * A score with two decimals.
     *
     * @param value the score
     * @return the text
     */
    public static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /**
     * A weight in kilograms from grams, with up to three decimals.
     *
     * @param grams grams
     * @return the text
     */
    public static String kg(long grams) {
        return java.math.BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }
}
