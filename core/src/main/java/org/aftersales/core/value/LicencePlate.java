package org.aftersales.core.value;

import java.util.Locale;
import java.util.regex.Pattern;
import org.aftersales.core.internal.Checks;

/**
 * A mainland Chinese licence plate (C2), such as {@code 京A12345} or the 8-character
 * new-energy plates {@code 粤BD12345} (small vehicle) and {@code 沪A12345D} (large vehicle).
 * Input is upper-cased and spaces and the middle dot are removed.
 *
 * <ul>
 *   <li>Ordinary plates: a province character, the letter of the issuing office, then five
 *       letters or digits; the last may instead be a character such as 挂 (trailer) or 学
 *       (learner).</li>
 *   <li>Small new-energy plates: province, office letter, then a letter marking the energy type
 *       ({@code D A B C E} pure electric, {@code F G H J K} other), one letter or digit, and four
 *       digits.</li>
 *   <li>Large new-energy plates: province, office letter, five digits, then {@code D} or
 *       {@code F}.</li>
 * </ul>
 * Letters never include I or O.
 *
 * @param value the normalised plate
 * @param kind which kind of plate it is
 */
public record LicencePlate(String value, Kind kind) {

    /** The kinds of plate told apart. */
    public enum Kind {
        /** Seven characters, blue or yellow. */
        ORDINARY,
        /** Eight characters, the energy letter third. */
        NEW_ENERGY_SMALL,
        /** Eight characters, the energy letter last. */
        NEW_ENERGY_LARGE
    }

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String LETTER = "[A-HJ-NP-Z]";
    private static final String ALNUM = "[A-HJ-NP-Z0-9]";
    private static final String HEAD = "[" + PROVINCES + "]" + LETTER;
    private static final Pattern ORDINARY = Pattern.compile(HEAD + ALNUM + "{4}(" + ALNUM + "|[挂学警港澳领试超])");
    private static final Pattern SMALL = Pattern.compile(HEAD + "[DABCEFGHJK]" + ALNUM + "[0-9]{4}");
    private static final Pattern LARGE = Pattern.compile(HEAD + "[0-9]{5}[DF]");

    /** Checks the plate matches its kind. */
    public LicencePlate {
        value = normalise(Checks.required(value, "value"));
        Checks.required(kind, "kind");
        if (kindOf(value) != kind) {
            Checks.violations().add("value", "plate.kind", value, kind).throwIfPresent();
        }
    }

    /**
     * Parses a plate and tells its kind.
     *
     * @param text the plate as written
     * @return the plate
     * @throws org.aftersales.core.error.ValidationException if it is no mainland plate
     */
    public static LicencePlate parse(String text) {
        String normal = normalise(Checks.required(text, "value"));
        Kind kind = kindOf(normal);
        if (kind == null) {
            Checks.violations().add("value", "plate.format", normal).throwIfPresent();
        }
        return new LicencePlate(normal, kind);
    }

    /** @return true for either kind of new-energy plate */
    public boolean isNewEnergy() {
        return kind != Kind.ORDINARY;
    }

    /** @return the province character */
    public String province() {
        return value.substring(0, 1);
    }

    private static String normalise(String text) {
        return text.strip().replace(" ", "").replace("·", "").replace("•", "").toUpperCase(Locale.ROOT);
    }

    private static Kind kindOf(String value) {
        if (value.length() == 7 && ORDINARY.matcher(value).matches()) {
            return Kind.ORDINARY;
        }
        if (value.length() == 8) {
            if (SMALL.matcher(value).matches()) {
                return Kind.NEW_ENERGY_SMALL;
            }
            if (LARGE.matcher(value).matches()) {
                return Kind.NEW_ENERGY_LARGE;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
