package org.aftersales.core.value;

import java.util.Locale;

/**
 * The one normaliser of text as people type it (C15), shared by every value that parses
 * typed input: VIN, licence plate, phone number, part number, quantity and money.
 *
 * <p>A Chinese input method in full-width mode produces characters that look like ASCII but
 * are not: {@code １３８}, {@code ＡＢＣ}, {@code （）}, {@code －}, and the ideographic space
 * U+3000. {@link #fold(CharSequence)} maps them to their ASCII forms:
 * <ul>
 *   <li>the full-width forms U+FF01 to U+FF5E become U+0021 to U+007E (digits, letters,
 *       brackets, hyphen, full stop, comma);</li>
 *   <li>the ideographic space U+3000 and the other wide or no-break spaces become a plain
 *       space; zero-width spaces and the byte-order mark are dropped;</li>
 *   <li>dashes (U+2010 to U+2015, the minus sign U+2212, the small and full-width hyphens and
 *       the katakana prolonged sound mark U+30FC that some input methods give for a hyphen)
 *       become {@code -};</li>
 *   <li>the lenticular and tortoise-shell brackets {@code 【】〔〕} become {@code ( )};</li>
 *   <li>the ideographic full stop {@code 。} becomes {@code .}; the middle dots
 *       {@code • ・ ‧ ⋅} become {@code ·} (U+00B7), the dot printed on plates.</li>
 * </ul>
 * Nothing else changes: Chinese characters stay as they are, and the case of letters is left
 * to {@link #code(CharSequence)}, since not every value is upper case.
 *
 * <p>All methods are pure functions of their argument; a null argument is refused as
 * {@code required}. Values keep what was typed through {@link Parsed}.
 */
public final class InputText {

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private InputText() {
    }

    /**
     * Folds full-width and look-alike characters to ASCII and strips leading and trailing
     * white space; see the class description for the mapping.
     *
     * @param text the text as typed
     * @return the folded text
     */
    public static String fold(CharSequence text) {
        ValueMessages.required(text, "value");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = foldChar(c);
            if (folded != 0) {
                out.append(folded);
            }
        }
        return out.toString().strip();
    }

    /**
     * Text for a code written in capitals and digits, such as a VIN: folded, upper-cased, with
     * every space removed.
     *
     * @param text the text as typed
     * @return the canonical text
     */
    public static String code(CharSequence text) {
        return without(fold(text).toUpperCase(Locale.ROOT), " ");
    }

    /**
     * The canonical text of a maker's part number (件号): folded, upper-cased, and each run of
     * spaces inside turned into one hyphen, so that {@code ５ｑ０ １２９ ６２０ ｂ} and
     * {@code 5Q0-129-620-B} are the same part. Runs of hyphens shrink to one. This is the
     * library's own default; a dealership whose maker prints part numbers with meaningful
     * spaces normalises before it builds the id.
     *
     * @param text the part number as typed
     * @return the canonical part number
     */
    public static String partNumber(CharSequence text) {
        return fold(text).toUpperCase(Locale.ROOT).replaceAll("[\\s-]*-[\\s-]*|\\s+", "-");
    }

    /**
     * A decimal number as typed: folded, with spaces removed and with commas removed when they
     * group the whole part in threes ({@code 1,234.50}). The result is for
     * {@link java.math.BigDecimal}; anything it cannot read stays as it is, to be refused there.
     *
     * @param text the number as typed
     * @return the number text
     */
    public static String decimal(CharSequence text) {
        String s = without(fold(text), " ");
        if (s.matches("[+-]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?")) {
            s = without(s, ",");
        }
        return s;
    }

    /**
     * Removes every occurrence of any of the given characters.
     *
     * @param text the text
     * @param characters the characters to remove
     * @return the text without them
     */
    static String without(String text, String characters) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (characters.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char foldChar(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        return switch (c) {
            case '\u3000', '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
                    '\u2009', '\u200A', '\u202F', '\u205F', '\t' -> ' ';
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> 0;
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63',
                    '\u30FC', '\uFF70' -> '-';
            case '\u3010', '\u3014', '\u3016' -> '(';
            case '\u3011', '\u3015', '\u3017' -> ')';
            case '\u3002', '\uFF61' -> '.';
            case '\u2022', '\u30FB', '\uFF65', '\u2027', '\u22C5', '\u2219' -> '\u00B7';
            default -> c;
        };
    }
}
