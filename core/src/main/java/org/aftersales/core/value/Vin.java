package org.aftersales.core.value;

import org.aftersales.core.error.Violations;

/**
 * A vehicle identification number (C2): 17 characters of digits and capital letters other than
 * I, O and Q, whose ninth character is the check digit of ISO 3779 as GB 16735 requires for
 * vehicles sold in China. Input is folded by {@link InputText} (full-width characters from a Chinese
 * input method), upper-cased, and spaces and hyphens between groups are removed; every problem
 * found is reported.
 *
 * @param value the 17 characters
 */
public record Vin(String value) {

    /** Length of every VIN. */
    public static final int LENGTH = 17;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    /** Normalises and checks the VIN. */
    public Vin {
        value = InputText.without(InputText.code(ValueMessages.required(value, "value")), "-");
        Violations v = ValueMessages.violations();
        if (value.length() != LENGTH) {
            v.add("value", "vin.length", value, value.length());
        }
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (transliterate(c) < 0 && bad.indexOf(String.valueOf(c)) < 0) {
                bad.append(c);
            }
        }
        if (bad.length() > 0) {
            v.add("value", "vin.characters", value, bad.toString());
        }
        if (v.isEmpty()) {
            char expected = checkDigit(value);
            if (value.charAt(8) != expected) {
                v.add("value", "vin.checkDigit", value, String.valueOf(value.charAt(8)), String.valueOf(expected));
            }
        }
        v.throwIfPresent();
    }

    /**
     * Parses a VIN.
     *
     * @param text the VIN as typed
     * @return the VIN
     * @throws org.aftersales.core.error.ValidationException listing every problem
     */
    public static Vin parse(String text) {
        return new Vin(text);
    }

    /**
     * Computes the ISO 3779 check digit of 17 valid characters (the ninth is ignored).
     *
     * @param vin 17 characters without I, O or Q
     * @return the expected ninth character, a digit or {@code X}
     */
    public static char checkDigit(CharSequence vin) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
        }
        int rest = sum % 11;
        return rest == 10 ? 'X' : (char) ('0' + rest);
    }

    /** @return the world manufacturer identifier, the first three characters */
    public String manufacturer() {
        return value.substring(0, 3);
    }

    /** @return the model-year character, the tenth */
    public char modelYearCode() {
        return value.charAt(9);
    }

    private static int transliterate(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> -1;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
