package org.aftersales.core.value;

import java.util.Locale;
import java.util.regex.Pattern;
import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A mainland Chinese licence plate (C2, C15) and its kind, as the public-security standard
 * GA 36-2018 (中华人民共和国机动车号牌, motor-vehicle number plates) describes them. Input is
 * folded by {@link InputText} (full-width letters and digits, the ideographic space), upper-cased, and spaces, hyphens, dots and the middle dot
 * printed between the office letter and the serial are removed: {@code 粤ｂ·１２３４５} becomes
 * {@code 粤B12345}.
 *
 * <table>
 *   <caption>The kinds of plate told apart</caption>
 *   <tr><th>Kind</th><th>Form</th><th>Example</th></tr>
 *   <tr><td>{@link Kind#ORDINARY}</td><td>province, office letter, 5 letters or digits</td>
 *       <td>{@code 京A12345}</td></tr>
 *   <tr><td>{@link Kind#NEW_ENERGY_SMALL}</td><td>province, office letter, energy letter
 *       ({@code D A B C E} pure electric, {@code F G H J K} other), a letter or digit, 4 digits</td>
 *       <td>{@code 粤BD12345}</td></tr>
 *   <tr><td>{@link Kind#NEW_ENERGY_LARGE}</td><td>province, office letter, 5 digits, {@code D}
 *       or {@code F}</td><td>{@code 沪A12345D}</td></tr>
 *   <tr><td>{@link Kind#TRAILER}</td><td>province, office letter, 4 letters or digits,
 *       {@code 挂}</td><td>{@code 鲁A1234挂}</td></tr>
 *   <tr><td>{@link Kind#COACH}</td><td>... {@code 学}</td><td>{@code 苏E1234学}</td></tr>
 *   <tr><td>{@link Kind#POLICE}</td><td>... {@code 警}</td><td>{@code 京A0001警}</td></tr>
 *   <tr><td>{@link Kind#CONSULATE}</td><td>... {@code 领}</td><td>{@code 沪A0123领}</td></tr>
 *   <tr><td>{@link Kind#TEST}</td><td>... {@code 试}</td><td>{@code 京A1234试}</td></tr>
 *   <tr><td>{@link Kind#HONG_KONG}</td><td>{@code 粤Z}, 4 letters or digits, {@code 港}</td>
 *       <td>{@code 粤ZF023港}</td></tr>
 *   <tr><td>{@link Kind#MACAU}</td><td>{@code 粤Z}, 4 letters or digits, {@code 澳}</td>
 *       <td>{@code 粤Z1234澳}</td></tr>
 *   <tr><td>{@link Kind#EMBASSY}</td><td>{@code 使}, then 6 digits (embassy number and serial)</td>
 *       <td>{@code 使014578}</td></tr>
 * </table>
 * Letters never include I or O. {@code 粤Z} is kept for cross-border cars, so a {@code 粤Z}
 * plate must end with {@code 港} or {@code 澳}.
 *
 * <p>Not covered: plates of the army and the armed police (their own standards, not GA 36),
 * and the paper temporary plates (临时行驶车号牌, 临时入境汽车号牌), whose numbers a dealership
 * records on the repair order as free text. Motorcycle plates have the ordinary form and parse
 * as {@link Kind#ORDINARY}; their colour, not their text, tells them apart, as for large and
 * small cars.
 *
 * <p>A refusal names the rule that broke: {@code plate.province}, {@code plate.letterIO},
 * {@code plate.office}, {@code plate.crossBorder}, {@code plate.embassy}, {@code plate.length},
 * {@code plate.newEnergy}, or {@code plate.format} when nothing more precise applies.
 *
 * @param value the normalised plate
 * @param kind which kind of plate it is
 */
public record LicencePlate(String value, Kind kind) {

    /** The kinds of plate told apart, each with its name in GA 36-2018. */
    public enum Kind implements Labelled {
        /** Seven characters, blue (small) or yellow (large); also motorcycles. */
        ORDINARY("Ordinary plate", "普通号牌"),
        /** Eight characters, the energy letter third. */
        NEW_ENERGY_SMALL("Small new-energy vehicle plate", "小型新能源汽车号牌"),
        /** Eight characters, the energy letter last. */
        NEW_ENERGY_LARGE("Large new-energy vehicle plate", "大型新能源汽车号牌"),
        /** A trailer, ending in 挂. */
        TRAILER("Trailer plate", "挂车号牌"),
        /** A driving-school car, ending in 学. */
        COACH("Driving-school coach plate", "教练汽车号牌"),
        /** A police car, ending in 警. */
        POLICE("Police vehicle plate", "警用汽车号牌"),
        /** A consulate's car, ending in 领. */
        CONSULATE("Consulate vehicle plate", "领馆汽车号牌"),
        /** A test vehicle of a maker or a test centre, ending in 试. */
        TEST("Test vehicle plate", "试验汽车号牌"),
        /** A Hong Kong car entering Guangdong, 粤Z ending in 港. */
        HONG_KONG("Hong Kong cross-border vehicle plate", "香港入出境车号牌"),
        /** A Macau car entering Guangdong, 粤Z ending in 澳. */
        MACAU("Macau cross-border vehicle plate", "澳门入出境车号牌"),
        /** An embassy's car, 使 and six digits. */
        EMBASSY("Embassy vehicle plate", "使馆汽车号牌");

        private final LocalizedText label;

        Kind(String en, String zh) {
            this.label = new LocalizedText(en, zh);
        }

        @Override
        public LocalizedText label() {
            return label;
        }

        /** @return true for both kinds of new-energy plate */
        public boolean newEnergy() {
            return this == NEW_ENERGY_SMALL || this == NEW_ENERGY_LARGE;
        }
    }

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final String LETTER = "[A-HJ-NP-Z]";
    private static final String ALNUM = "[A-HJ-NP-Z0-9]";
    private static final String HEAD = "[" + PROVINCES + "]" + LETTER;
    private static final Pattern ORDINARY = Pattern.compile(HEAD + ALNUM + "{5}");
    private static final Pattern SMALL = Pattern.compile(HEAD + "[DABCEFGHJK]" + ALNUM + "[0-9]{4}");
    private static final Pattern LARGE = Pattern.compile(HEAD + "[0-9]{5}[DF]");
    private static final Pattern SUFFIXED = Pattern.compile(HEAD + ALNUM + "{4}[挂学警领试]");
    private static final Pattern CROSS_BORDER = Pattern.compile("粤Z" + ALNUM + "{4}[港澳]");
    private static final Pattern EMBASSY = Pattern.compile("使[0-9]{6}");
    private static final String SEPARATORS = " -.·";

    /** Checks the plate matches its kind. */
    public LicencePlate {
        value = normalise(ValueMessages.required(value, "value"));
        ValueMessages.required(kind, "kind");
        if (kindOf(value) != kind) {
            throw ValueMessages.refuse("value", "plate.kind", value, kind.label().en(), kind.label().zh());
        }
    }

    /**
     * Parses a plate as people type it and tells its kind.
     *
     * @param text the plate as typed
     * @return the plate
     * @throws org.aftersales.core.error.ValidationException naming the rule the plate breaks
     */
    public static LicencePlate parse(String text) {
        String normal = normalise(ValueMessages.required(text, "value"));
        Kind kind = kindOf(normal);
        if (kind == null) {
            throw diagnose(normal);
        }
        return new LicencePlate(normal, kind);
    }

    /** @return true for either kind of new-energy plate */
    public boolean isNewEnergy() {
        return kind.newEnergy();
    }

    /** @return the province character, or {@code 使} for an embassy plate */
    public String province() {
        return value.substring(0, 1);
    }

    /** @return the kind's name in English and Chinese */
    public LocalizedText label() {
        return kind.label();
    }

    private static String normalise(String text) {
        return InputText.without(InputText.fold(text).toUpperCase(Locale.ROOT), SEPARATORS);
    }

    private static Kind kindOf(String value) {
        if (EMBASSY.matcher(value).matches()) {
            return Kind.EMBASSY;
        }
        if (CROSS_BORDER.matcher(value).matches()) {
            return value.endsWith("港") ? Kind.HONG_KONG : Kind.MACAU;
        }
        if (value.startsWith("粤Z")) {
            return null;
        }
        if (value.length() == 7 && ORDINARY.matcher(value).matches()) {
            return Kind.ORDINARY;
        }
        if (value.length() == 7 && SUFFIXED.matcher(value).matches()) {
            return switch (value.charAt(6)) {
                case '挂' -> Kind.TRAILER;
                case '学' -> Kind.COACH;
                case '警' -> Kind.POLICE;
                case '领' -> Kind.CONSULATE;
                default -> Kind.TEST;
            };
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

    /** The most precise rule a text that is no plate breaks. */
    private static RuntimeException diagnose(String value) {
        if (value.isEmpty()) {
            return ValueMessages.refuse("value", "plate.format", value);
        }
        String first = value.substring(0, 1);
        if (first.equals("使")) {
            return ValueMessages.refuse("value", "plate.embassy", value);
        }
        if (PROVINCES.indexOf(value.charAt(0)) < 0) {
            return ValueMessages.refuse("value", "plate.province", value, first);
        }
        if (value.indexOf('I') >= 0 || value.indexOf('O') >= 0) {
            return ValueMessages.refuse("value", "plate.letterIO", value);
        }
        if (value.length() < 2 || !value.substring(1, 2).matches(LETTER)) {
            return ValueMessages.refuse("value", "plate.office", value, value.length() < 2 ? "-" : value.substring(1, 2));
        }
        if (value.startsWith("粤Z") || value.endsWith("港") || value.endsWith("澳")) {
            return ValueMessages.refuse("value", "plate.crossBorder", value);
        }
        if (value.length() != 7 && value.length() != 8) {
            return ValueMessages.refuse("value", "plate.length", value, value.length());
        }
        if (value.length() == 8) {
            return ValueMessages.refuse("value", "plate.newEnergy", value);
        }
        return ValueMessages.refuse("value", "plate.format", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
