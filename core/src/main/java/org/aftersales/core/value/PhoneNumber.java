package org.aftersales.core.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.core.internal.Checks;

/**
 * A mainland Chinese phone number (C2), normalised. Mobile numbers become their 11 digits
 * ({@code 13812345678}), with any {@code +86}, {@code 0086} or {@code 86} prefix, spaces and
 * dashes removed. Landlines become area code, dash, local number ({@code 010-62345678}),
 * with an optional extension after {@code -}: the area code is {@code 010} or {@code 02x}, or
 * four digits starting with 0; the local number has 7 or 8 digits and does not start with 0
 * or 1.
 *
 * @param value the normalised number
 * @param kind mobile or landline
 */
public record PhoneNumber(String value, Kind kind) {

    /** Mobile or fixed line. */
    public enum Kind {
        /** An 11-digit mobile number. */
        MOBILE,
        /** A fixed line with area code. */
        LANDLINE
    }

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern LANDLINE =
            Pattern.compile("(010|02[0-9]|0[3-9][0-9]{2})([2-9][0-9]{6,7})(?:(?:ext|转|#|x)?([0-9]{1,6}))?");
    private static final Pattern NORMAL_LANDLINE =
            Pattern.compile("(010|02[0-9]|0[3-9][0-9]{2})-([2-9][0-9]{6,7})(-[0-9]{1,6})?");

    /** Checks the number is in normal form for its kind. */
    public PhoneNumber {
        Checks.required(value, "value");
        Checks.required(kind, "kind");
        boolean ok = kind == Kind.MOBILE ? MOBILE.matcher(value).matches() : NORMAL_LANDLINE.matcher(value).matches();
        if (!ok) {
            Checks.violations().add("value", "phone.format", value).throwIfPresent();
        }
    }

    /**
     * Parses a number as people write it.
     *
     * @param text the number, with or without country code, spaces, dashes or brackets
     * @return the normalised number
     * @throws org.aftersales.core.error.ValidationException if it is neither a mainland mobile
     *     nor a landline with area code
     */
    public static PhoneNumber parse(String text) {
        String raw = Checks.required(text, "value").strip();
        String extension = "";
        int ext = raw.indexOf("转");
        if (ext > 0) {
            extension = raw.substring(ext + 1).replaceAll("[^0-9]", "");
            raw = raw.substring(0, ext);
        }
        String digits = raw.replaceAll("[\\s\\-()（）]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        if (MOBILE.matcher(digits).matches()) {
            return new PhoneNumber(digits, Kind.MOBILE);
        }
        if (!digits.startsWith("0") && digits.length() >= 9 && (raw.startsWith("+86") || raw.startsWith("0086"))) {
            digits = "0" + digits;
        }
        Matcher m = LANDLINE.matcher(digits);
        if (m.matches() && extension.isEmpty()) {
            return landline(m.group(1), m.group(2), m.group(3));
        }
        if (m.matches() && m.group(3) == null) {
            return landline(m.group(1), m.group(2), extension);
        }
        Checks.violations().add("value", "phone.format", text).throwIfPresent();
        throw new AssertionError();
    }

    private static PhoneNumber landline(String area, String local, String extension) {
        String ext = extension == null || extension.isEmpty() ? "" : "-" + extension;
        return new PhoneNumber(area + "-" + local + ext, Kind.LANDLINE);
    }

    /** @return true for a mobile number, which can receive text messages */
    public boolean isMobile() {
        return kind == Kind.MOBILE;
    }

    @Override
    public String toString() {
        return value;
    }
}
