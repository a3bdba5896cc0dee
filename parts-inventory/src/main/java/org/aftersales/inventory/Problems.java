package org.aftersales.inventory;

import java.util.HashSet;
import java.util.Set;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.error.Violations;

/**
 * The problems of one document, collected while it is read and checked so that one refusal
 * lists them all. A value that could not be read is reported once: later checks that find it
 * missing or out of range at the same path (or inside it) add nothing. Not thread-safe.
 */
final class Problems {

    private final Violations found = new Violations(InventoryMessages.MESSAGES);
    private final Set<String> reported = new HashSet<>();

    /**
     * Records a problem unless one was already recorded at the path or around it.
     *
     * @param path where the bad value is
     * @param code the rule code and message key
     * @param args arguments of the message
     * @return this collector
     */
    Problems add(String path, String code, Object... args) {
        if (!covered(path)) {
            found.add(path, code, args);
            reported.add(path);
        }
        return this;
    }

    /**
     * Records the violations of a nested value that refused to be made, under its path.
     *
     * @param path where the value is
     * @param failure its refusal
     * @param unread true when the value could not be read at all, so that nothing more is
     *     said about it; false when only the violations' own paths are settled
     * @return this collector
     */
    Problems addAll(String path, ValidationException failure, boolean unread) {
        for (Violation v : failure.violations()) {
            Violation at = path.isEmpty() ? v : v.path().isEmpty() ? new Violation(path, v.code(), v.message()) : v.under(path);
            if (!covered(at.path())) {
                found.add(at.path(), at.code(), at.message());
                reported.add(at.path());
            }
        }
        if (unread) {
            reported.add(path);
        }
        return this;
    }

    /**
     * @param path a path
     * @return true when a problem was recorded at the path or at a path enclosing it
     */
    boolean covered(String path) {
        for (String p = path; ; p = parent(p)) {
            if (reported.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    /**
     * Settles a value that could not be made: nothing more is said about it. When nothing was
     * said about it yet, it is reported as invalid, so that it is never passed over in silence.
     *
     * @param path where the value is
     * @param cause why it could not be made
     * @return this collector
     */
    Problems unmade(String path, RuntimeException cause) {
        boolean said = reported.stream().anyMatch(p -> p.equals(path) || path.isEmpty()
                || p.startsWith(path + ".") || p.startsWith(path + "["));
        if (!said) {
            add(path, "document.invalid", String.valueOf(cause.getMessage()));
        }
        reported.add(path);
        return this;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /** @return true when nothing was recorded */
    boolean isEmpty() {
        return found.isEmpty();
    }

    /**
     * @throws ValidationException listing every problem, when there is one
     */
    void throwIfPresent() {
        found.throwIfPresent();
    }
}
