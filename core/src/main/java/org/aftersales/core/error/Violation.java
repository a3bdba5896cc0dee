package org.aftersales.core.error;

import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;

/**
 * One broken rule of one input: where it is, which rule, and what a person should read.
 *
 * @param path the property path of the bad input, such as {@code vehicle.vin}; empty for the
 *     input as a whole
 * @param code a stable rule code, such as {@code vin.checkDigit} or {@code NotNull}
 * @param message the explanation in English and Chinese
 */
public record Violation(String path, String code, LocalizedText message) {

    /** Checks the parts are present. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The same violation one level further down: {@code vin} under {@code vehicle} becomes
     * {@code vehicle.vin}.
     *
     * @param parent the enclosing property
     * @return the violation with the longer path
     */
    public Violation under(String parent) {
        return new Violation(path.isEmpty() ? parent : parent + "." + path, code, message);
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message.en() + " (" + code + ")";
    }
}
