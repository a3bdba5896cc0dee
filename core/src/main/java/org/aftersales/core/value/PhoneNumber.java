package org.aftersales.core.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A mainland Chinese phone number (C2, C15), normalised to one canonical form per kind:
 * <ul>
 *   <li>{@linkplain Kind#MOBILE mobile}: its 11 digits, {@code 13812345678};</li>
 *   <li>{@linkplain Kind#LANDLINE landline}: area code, hyphen, local number, then an optional
 *       hyphen and extension, {@code 010-62345678-123}. The area code is {@code 010},
 *       {@code 02x}, or four digits starting with {@code 03} to {@code 09}; the local number
 *       has 7 or 8 digits and does not start with 0 or 1;</li>
 *   <li>{@linkplain Kind#HOTLINE hotline}: a 400 or 800 number grouped as it is printed,
 *       {@code 400-820-8820}, with an optional extension;</li>
 *   <li>{@linkplain Kind#SERVICE service number}: the short numbers of banks, insurers and
 *       other national services starting with 95, five or six digits, {@code 95588}.</li>
 * </ul>
 *
 * <p>{@link #parse(String)} reads a number as people type it: the text is folded by
 * {@link InputText} (full-width digits and brackets, the ideographic space), spaces, hyphens,
 * dots and brackets between digits are ignored, and the country code may be written
 * {@code +86}, {@code 0086} or {@code 86} (also {@code 86-}); after a country code the
 * leading 0 of an area code may be left out ({@code +86 10 6234 5678}). An extension follows
 * {@code 转}, {@code 分机}, {@code ext}, {@code x} or {@code #}, or, on a landline written in
 * groups, a last group of 1 to 6 digits ({@code 0571-88886666-123}).
 *
 * <p>A refusal names the rule that broke, with its own code: {@code phone.characters},
 * {@code phone.foreign}, {@code phone.mobileLength}, {@code phone.mobilePrefix},
 * {@code phone.hotlineLength}, {@code phone.serviceLength}, {@code phone.areaCode},
 * {@code phone.areaCodeMissing}, {@code phone.localStart}, {@code phone.localLength},
 * {@code phone.extension}, {@code phone.extensionKind}, or {@code phone.format} when nothing
 * more precise applies. The numbering plan follows the national telecommunication numbering
 * plan of the Ministry of Industry and Information Technology (电信网编号计划).
 *
 * @param value the normalised number
 * @param kind which kind of number it is
 */
public record PhoneNumber(String value, Kind kind) {

    /** The kinds of number told apart. */
    public enum Kind implements Labelled {
        /** An 11-digit mobile number; the only kind that receives text messages. */
        MOBILE("Mobile", "手机"),
        /** A fixed line with area code. */
        LANDLINE("Landline", "固定电话"),
        /** A 400 or 800 hotline. */
        HOTLINE("400/800 hotline", "400/800 热线"),
        /** A short 95 service number of a bank, insurer or other national service. */
        SERVICE("95 service number", "95 服务号码");

        private final LocalizedText label;

        Kind(String en, String zh) {
            this.label = new LocalizedText(en, zh);
        }

        @Override
        public LocalizedText label() {
            return label;
        }
    }

    private static final Pattern NORMAL_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern NORMAL_LANDLINE =
            Pattern.compile("(010|02[0-9]|0[3-9][0-9]{2})-[2-9][0-9]{6,7}(-[0-9]{1,6})?");
    private static final Pattern NORMAL_HOTLINE = Pattern.compile("[48]00-[0-9]{3}-[0-9]{4}(-[0-9]{1,6})?");
    private static final Pattern NORMAL_SERVICE = Pattern.compile("95[0-9]{3,4}");
    private static final Pattern EXTENSION_MARK = Pattern.compile("(转|分机|EXT\\.?|X|#)");
    private static final String SEPARATORS = " -().·/";
    private static final int MAX_EXTENSION = 6;

    /** Checks the number is in canonical form for its kind. */
    public PhoneNumber {
        ValueMessages.required(value, "value");
        ValueMessages.required(kind, "kind");
        Pattern normal = switch (kind) {
            case MOBILE -> NORMAL_MOBILE;
            case LANDLINE -> NORMAL_LANDLINE;
            case HOTLINE -> NORMAL_HOTLINE;
            case SERVICE -> NORMAL_SERVICE;
        };
        if (!normal.matcher(value).matches()) {
            throw ValueMessages.refuse("value", "phone.format", value);
        }
    }

    /**
     * Parses a number as people type it.
     *
     * @param text the number, with or without country code, spaces, dashes or brackets, in
     *     half- or full-width characters
     * @return the normalised number
     * @throws org.aftersales.core.error.ValidationException naming the rule the number breaks
     */
    public static PhoneNumber parse(String text) {
        String typed = ValueMessages.required(text, "value");
        String folded = InputText.fold(typed).toUpperCase(Locale.ROOT);
        String extension = "";
        Matcher mark = EXTENSION_MARK.matcher(folded);
        if (mark.find() && mark.start() > 0) {
            extension = InputText.without(folded.substring(mark.end()), SEPARATORS);
            folded = folded.substring(0, mark.start()).strip();
        }
        String bad = badCharacters(folded + extension);
        if (!bad.isEmpty() || folded.isEmpty()) {
            throw ValueMessages.refuse("value", bad.isEmpty() ? "phone.format" : "phone.characters", typed, bad);
        }
        List<String> groups = groups(folded);
        boolean international = false;
        String first = groups.get(0);
        if (first.startsWith("+")) {
            if (!first.startsWith("+86")) {
                throw ValueMessages.refuse("value", "phone.foreign", typed, countryCode(first.substring(1)));
            }
            international = true;
            groups.set(0, first.substring(3));
        } else if (first.startsWith("0086")) {
            international = true;
            groups.set(0, first.substring(4));
        } else if (first.startsWith("00")) {
            throw ValueMessages.refuse("value", "phone.foreign", typed, countryCode(first.substring(2)));
        } else if (first.startsWith("86") && String.join("", groups).length() > 7) {
            international = true;
            groups.set(0, first.substring(2));
        }
        groups.removeIf(String::isEmpty);
        String digits = String.join("", groups);
        if (digits.isEmpty()) {
            throw ValueMessages.refuse("value", "phone.format", typed);
        }
        boolean service = digits.startsWith("95") && digits.length() <= 6;
        if (international && !digits.startsWith("0") && !isMobileLike(digits) && !isHotlineLike(digits) && !service) {
            digits = "0" + digits;
            groups.set(0, "0" + groups.get(0));
        }
        return classify(typed, digits, groups, extension);
    }

    private static PhoneNumber classify(String typed, String digits, List<String> groups, String extension) {
        char lead = digits.charAt(0);
        if (lead == '1') {
            if (digits.length() != 11) {
                throw ValueMessages.refuse("value", "phone.mobileLength", typed, digits.length());
            }
            if (digits.charAt(1) < '3') {
                throw ValueMessages.refuse("value", "phone.mobilePrefix", typed, digits.substring(0, 2));
            }
            noExtension(typed, extension);
            return new PhoneNumber(digits, Kind.MOBILE);
        }
        if (isHotlineLike(digits)) {
            if (extension.isEmpty() && digits.length() > 10) {
                extension = lastGroupOver(groups, digits.length() - 10, 0);
                digits = digits.substring(0, digits.length() - extension.length());
            }
            if (digits.length() != 10) {
                throw ValueMessages.refuse("value", "phone.hotlineLength", typed, digits.length());
            }
            return new PhoneNumber(digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6)
                    + extension(typed, extension), Kind.HOTLINE);
        }
        if (digits.startsWith("95")) {
            if (digits.length() < 5 || digits.length() > 6) {
                throw ValueMessages.refuse("value", "phone.serviceLength", typed, digits.length());
            }
            noExtension(typed, extension);
            return new PhoneNumber(digits, Kind.SERVICE);
        }
        if (lead != '0') {
            throw ValueMessages.refuse("value", digits.length() >= 7 && digits.length() <= 8
                    ? "phone.areaCodeMissing" : "phone.format", typed);
        }
        int area = areaLength(digits);
        if (area < 0) {
            throw ValueMessages.refuse("value", "phone.areaCode", typed, digits.substring(0, Math.min(3, digits.length())));
        }
        String local = digits.substring(area);
        if (extension.isEmpty() && local.length() > 8) {
            extension = lastGroupOver(groups, local.length() - 8, local.length() - 7);
            local = local.substring(0, local.length() - extension.length());
        }
        if (!local.isEmpty() && (local.charAt(0) == '0' || local.charAt(0) == '1')) {
            throw ValueMessages.refuse("value", "phone.localStart", typed, local.substring(0, 1));
        }
        if (local.length() < 7 || local.length() > 8) {
            throw ValueMessages.refuse("value", "phone.localLength", typed, local.length());
        }
        return new PhoneNumber(digits.substring(0, area) + "-" + local + extension(typed, extension), Kind.LANDLINE);
    }

    /** @return true for a mobile number, which can receive text messages */
    public boolean isMobile() {
        return kind == Kind.MOBILE;
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * The last group of digits when it is an extension: a separate group of 1 to 6 digits
     * whose length lies between the excess digits and the given upper bound (or equals the
     * excess when the bound is below it), so that what precedes it has the right length.
     */
    private static String lastGroupOver(List<String> groups, int excess, int upTo) {
        String last = groups.get(groups.size() - 1);
        boolean fits = last.length() >= excess && last.length() <= Math.max(excess, upTo);
        return groups.size() > 1 && fits && last.length() <= MAX_EXTENSION ? last : "";
    }

    private static boolean isMobileLike(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3';
    }

    private static boolean isHotlineLike(String digits) {
        return digits.startsWith("400") || digits.startsWith("800");
    }

    private static int areaLength(String digits) {
        if (digits.startsWith("010") || digits.startsWith("02")) {
            return 3;
        }
        if (digits.length() > 1 && digits.charAt(1) >= '3') {
            return 4;
        }
        return -1;
    }

    private static String extension(String typed, String extension) {
        if (extension.isEmpty()) {
            return "";
        }
        if (extension.length() > MAX_EXTENSION) {
            throw ValueMessages.refuse("value", "phone.extension", typed, extension.length(), MAX_EXTENSION);
        }
        return "-" + extension;
    }

    private static void noExtension(String typed, String extension) {
        if (!extension.isEmpty()) {
            throw ValueMessages.refuse("value", "phone.extensionKind", typed);
        }
    }

    private static String badCharacters(String text) {
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || SEPARATORS.indexOf(c) >= 0
                    || (c == '+' && InputText.without(text.substring(0, i), SEPARATORS).isEmpty());
            if (!ok && bad.indexOf(String.valueOf(c)) < 0) {
                bad.append(c);
            }
        }
        return bad.toString();
    }

    private static List<String> groups(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0) {
                if (group.length() > 0) {
                    out.add(group.toString());
                    group.setLength(0);
                }
            } else {
                group.append(c);
            }
        }
        if (group.length() > 0 || out.isEmpty()) {
            out.add(group.toString());
        }
        return out;
    }

    private static String countryCode(String digits) {
        return "+" + digits.substring(0, Math.min(3, digits.length()));
    }
}
