package org.aftersales.core.error;

import java.util.List;
import java.util.stream.Collectors;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Bad input: lists every violation found, not only the first. Thrown by value constructors,
 * by the boundary validator of commands and by loaders of JSON data. Nothing has been stored
 * when it is thrown. At most {@link Violations#DEFAULT_MAX_LISTED} violations (or the limit
 * the collector was given) are listed; {@link #omitted()} says how many more there were.
 */
public final class ValidationException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    private final int omitted;

    /**
     * Creates the exception. Lists the first {@link Violations#DEFAULT_MAX_LISTED}
     * violations and counts the rest as {@linkplain #omitted() omitted}.
     *
     * @param violations every violation found, at least one
     */
    public ValidationException(List<Violation> violations) {
        this(violations.subList(0, Math.min(violations.size(), Violations.DEFAULT_MAX_LISTED)),
                Math.max(0, violations.size() - Violations.DEFAULT_MAX_LISTED));
    }

    /**
     * Creates the exception from the violations listed and the number left out.
     *
     * @param listed the violations listed, at least one
     * @param omitted how many more violations were found but not listed
     */
    public ValidationException(List<Violation> listed, int omitted) {
        super("validation", summary(listed, omitted), null);
        this.violations = List.copyOf(listed);
        this.omitted = omitted;
    }

    /** @return every violation listed, in the order found */
    public List<Violation> violations() {
        return violations;
    }

    /** @return how many more violations were found than listed; 0 when all are listed */
    public int omitted() {
        return omitted;
    }

    private static LocalizedText summary(List<Violation> violations, int omitted) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        int total = violations.size() + omitted;
        String en = violations.stream().map(v -> prefix(v) + v.message().en()).collect(Collectors.joining("; "));
        String zh = violations.stream().map(v -> prefix(v) + v.message().zh()).collect(Collectors.joining("；"));
        if (omitted > 0) {
            en += "; and " + omitted + " more not listed (the first " + violations.size()
                    + " are; Violations.maxListed sets how many)";
            zh += "；另有 " + omitted + " 处未列出（只列出前 " + violations.size()
                    + " 处，列出多少由 Violations.maxListed 设定）";
        }
        return new LocalizedText(
                "Invalid input (" + total + " problem" + (total == 1 ? "" : "s") + "): " + en,
                "输入有误（共" + total + "处）：" + zh);
    }

    private static String prefix(Violation v) {
        return v.path().isEmpty() ? "" : v.path() + ": ";
    }
}
