package org.aftersales.core.error;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.i18n.Messages;

/**
 * Collects violations while input is checked, then throws them all at once:
 *
 * <pre>{@code
 * Violations v = new Violations(MESSAGES);
 * if (vin.length() != 17) v.add("vin", "vin.length", vin.length());
 * v.throwIfPresent();
 * }</pre>
 *
 * <p>A refusal lists at most {@link #DEFAULT_MAX_LISTED} violations (change it with
 * {@link #maxListed(int)}); the rest are counted, not kept, and the exception says how many
 * more there were. So a huge faulty document is refused in bounded memory.
 *
 * Not thread-safe; use one per check.
 */
public final class Violations {

    /** How many violations a refusal lists unless {@link #maxListed(int)} says otherwise. */
    public static final int DEFAULT_MAX_LISTED = 100;

    private final Messages messages;
    private ViolationList found = new ViolationList(DEFAULT_MAX_LISTED);

    /**
     * Creates an empty collector.
     *
     * @param messages the catalogue whose keys the codes are
     */
    public Violations(Messages messages) {
        this.messages = messages;
    }

    /**
     * Records a violation whose code is also its message key.
     *
     * @param path where the bad input is
     * @param code the rule code and message key
     * @param args arguments of the message pattern
     * @return this collector
     */
    public Violations add(String path, String code, Object... args) {
        if (found.full()) {
            found.omit(1);
            return this;
        }
        found.add(new Violation(path, code, messages.text(code, args)));
        return this;
    }

    /**
     * Records a violation with a ready-made message.
     *
     * @param path where the bad input is
     * @param code the rule code
     * @param message the message in both languages
     * @return this collector
     */
    public Violations add(String path, String code, LocalizedText message) {
        found.add(new Violation(path, code, message));
        return this;
    }

    /**
     * Records every violation of a nested input, with the nested path prefixed.
     *
     * @param parent the property holding the nested input
     * @param failure the nested input's failure
     * @return this collector
     */
    public Violations addAll(String parent, ValidationException failure) {
        failure.violations().forEach(v -> found.add(v.under(parent)));
        found.omit(failure.omitted());
        return this;
    }

    /**
     * Records a {@code required} violation when a value is missing.
     *
     * @param path where the value belongs
     * @param value the value
     * @return this collector
     */
    public Violations required(String path, Object value) {
        if (value == null) {
            found.add(new Violation(path, "required", ErrorMessages.MESSAGES.text("required")));
        }
        return this;
    }

    /**
     * Records a {@code required} violation when a text is missing or blank.
     *
     * @param path where the text belongs
     * @param text the text
     * @return this collector
     */
    public Violations requiredText(String path, String text) {
        return required(path, text == null || text.isBlank() ? null : text);
    }

    /** @return true when nothing was recorded */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return what was recorded so far, at most the limit */
    public List<Violation> list() {
        return List.copyOf(found.listed());
    }

    /**
     * Sets how many violations the refusal lists; the ones after are only counted. Set it
     * before anything is recorded.
     *
     * @param max at least 1; {@link #DEFAULT_MAX_LISTED} unless set
     * @return this collector
     * @throws IllegalStateException when something was recorded already
     */
    public Violations maxListed(int max) {
        if (!found.isEmpty()) {
            throw new IllegalStateException("set the limit before recording violations");
        }
        found = new ViolationList(max);
        return this;
    }

    /** @return how many violations were counted but not listed because of the limit */
    public int omitted() {
        return found.omitted();
    }

    /** @return how many violations were recorded, listed or not */
    public int count() {
        return found.listed().size() + found.omitted();
    }

    /**
     * Throws a {@link ValidationException} listing everything recorded, if anything was.
     *
     * @throws ValidationException when at least one violation was recorded
     */
    public void throwIfPresent() {
        if (!found.isEmpty()) {
            throw new ValidationException(found.listed(), found.omitted());
        }
    }
}
