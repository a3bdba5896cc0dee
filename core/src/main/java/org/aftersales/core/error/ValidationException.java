package org.aftersales.core.error;

import java.util.List;
import java.util.stream.Collectors;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Bad input: lists every violation found, not only the first. Thrown by value constructors,
 * by the boundary validator of commands and by loaders of JSON data. Nothing has been stored
 * when it is thrown.
 */
public final class ValidationException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations every violation found, at least one
     */
    public ValidationException(List<Violation> violations) {
        super("validation", summary(violations), null);
        this.violations = List.copyOf(violations);
    }

    /** @return every violation, in the order found */
    public List<Violation> violations() {
        return violations;
    }

    private static LocalizedText summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        String en = violations.stream().map(v -> prefix(v) + v.message().en()).collect(Collectors.joining("; "));
        String zh = violations.stream().map(v -> prefix(v) + v.message().zh()).collect(Collectors.joining("；"));
        return new LocalizedText(
                "Invalid input (" + violations.size() + " problem" + (violations.size() == 1 ? "" : "s") + "): " + en,
                "输入有误（共" + violations.size() + "处）：" + zh);
    }

    private static String prefix(Violation v) {
        return v.path().isEmpty() ? "" : v.path() + ": ";
    }
}
