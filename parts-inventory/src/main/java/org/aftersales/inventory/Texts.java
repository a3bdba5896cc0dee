package org.aftersales.inventory;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Builds bilingual texts from the module's bundles where arguments differ by language: an
 * argument that is a {@link LocalizedText} is put in as its English text in the English
 * message and its Chinese text in the Chinese one.
 */
final class Texts {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** Compiled patterns by key: [English, Chinese]. */
    private static final ConcurrentMap<String, Compiled[]> FORMATS = new ConcurrentHashMap<>();

    private Texts() {
    }

    /**
     * Formats a message.
     *
     * @param key the message key
     * @param args arguments; {@link LocalizedText} arguments are split by language
     * @return the text in both languages
     */
    static LocalizedText t(String key, Object... args) {
        Compiled[] formats = FORMATS.computeIfAbsent(key, k -> {
            LocalizedText pattern = InventoryMessages.MESSAGES.text(k);
            return new Compiled[] {Compiled.of(pattern.en(), Locale.ENGLISH), Compiled.of(pattern.zh(), ZH)};
        });
        Object[] en = new Object[args.length];
        Object[] zh = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalizedText lt) {
                en[i] = lt.en();
                zh[i] = lt.zh();
            } else {
                en[i] = a;
                zh[i] = a;
            }
        }
        return new LocalizedText(formats[0].format(en), formats[1].format(zh));
    }

    /**
     * A message pattern. Patterns with only plain {@code {n}} placeholders are cut into pieces
     * once and joined with the arguments' text, which is much faster than {@link MessageFormat};
     * the others (choice, number formats, quoting) use a {@link MessageFormat}, locked while in
     * use since it is not thread-safe.
     */
    private static final class Compiled {
        private final String[] literals;
        private final int[] indexes;
        private final MessageFormat fallback;

        private Compiled(String[] literals, int[] indexes, MessageFormat fallback) {
            this.literals = literals;
            this.indexes = indexes;
            this.fallback = fallback;
        }

        static Compiled of(String pattern, Locale locale) {
            String plain = pattern.replace("''", "\u0000");
            if (plain.indexOf('\'') >= 0 || plain.matches("(?s).*\\{[^}]*,.*")) {
                return new Compiled(null, null, new MessageFormat(pattern, locale));
            }
            plain = plain.replace('\u0000', '\'');
            java.util.List<String> lits = new java.util.ArrayList<>();
            java.util.List<Integer> idx = new java.util.ArrayList<>();
            int from = 0;
            int open;
            while ((open = plain.indexOf('{', from)) >= 0) {
                int close = plain.indexOf('}', open);
                lits.add(plain.substring(from, open));
                idx.add(Integer.parseInt(plain.substring(open + 1, close).strip()));
                from = close + 1;
            }
            lits.add(plain.substring(from));
            return new Compiled(lits.toArray(String[]::new), idx.stream().mapToInt(Integer::intValue).toArray(), null);
        }

        String format(Object[] args) {
            if (fallback != null) {
                synchronized (fallback) {
                    return fallback.format(args);
                }
            }
            StringBuilder sb = new StringBuilder(64);
            for (int i = 0; i < indexes.length; i++) {
                sb.append(literals[i]);
                int a = indexes[i];
                sb.append(a < args.length ? String.valueOf(args[a]) : "{" + a + "}");
            }
            return sb.append(literals[indexes.length]).toString();
        }
    }

    /**
     * Joins texts: English with {@code "; "}, Chinese with {@code "；"}.
     *
     * @param items the texts, at least one
     * @return the joined text
     */
    static LocalizedText join(List<LocalizedText> items) {
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
    static String one(double value) {
        return fixed(value, 10);
    }

    /**
     * A score with two decimals.
     *
     * @param value the score
     * @return the text
     */
    static String score(double value) {
        return fixed(value, 100);
    }

    /** Formats with a fixed number of decimals (scale 10 or 100), faster than String.format. */
    private static String fixed(double value, int scale) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        long units = Math.round(Math.abs(value) * scale);
        String frac = String.valueOf(units % scale);
        if (scale == 100 && frac.length() == 1) {
            frac = "0" + frac;
        }
        return (value < 0 && units != 0 ? "-" : "") + (units / scale) + "." + frac;
    }

    /**
     * A weight in kilograms from grams, with up to three decimals.
     *
     * @param grams grams
     * @return the text
     */
    static String kg(long grams) {
        return java.math.BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }
}
