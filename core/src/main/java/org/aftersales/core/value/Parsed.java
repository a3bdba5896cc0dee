package org.aftersales.core.value;

import java.util.function.Function;
import org.aftersales.core.error.ValidationException;

/**
 * A value parsed from typed text, with the text exactly as it was typed (C15). Values compare
 * by their canonical form ({@code 粤B·12345} and {@code 粤b12345} are the same plate); a record
 * that must show what a person entered, such as a reception sheet or an import log, keeps a
 * {@code Parsed} instead of the bare value.
 *
 * <pre>{@code
 * Parsed<PhoneNumber> phone = Parsed.of("＋８６ １３８－１２３４－５６７８", PhoneNumber::parse);
 * phone.value();   // 13812345678
 * phone.typed();   // ＋８６ １３８－１２３４－５６７８
 * }</pre>
 *
 * @param value the canonical value
 * @param typed the text as typed, unchanged
 * @param <T> the value type
 */
public record Parsed<T>(T value, String typed) {

    /** Checks both parts are present. */
    public Parsed {
        ValueMessages.violations().required("value", value).required("typed", typed).throwIfPresent();
    }

    /**
     * Parses typed text with a value's checking factory and keeps the text.
     *
     * @param typed the text as typed
     * @param parser the factory, such as {@code Vin::parse}
     * @param <T> the value type
     * @return the value with its text
     * @throws ValidationException as the factory does, also when the text is null
     */
    public static <T> Parsed<T> of(String typed, Function<String, T> parser) {
        ValueMessages.required(typed, "value");
        return new Parsed<>(parser.apply(typed), typed);
    }

    /** @return true when the canonical form differs from what was typed */
    public boolean normalised() {
        return !typed.equals(value.toString());
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
