package org.aftersales.core.id;

import org.aftersales.core.error.Violations;

/**
 * A typed identifier (C1). Every entity has its own id type, so a staff id can never be passed
 * where a customer id is meant. Ids are opaque, non-blank text of at most
 * {@value #MAX_LENGTH} characters without spaces or control characters; JSON writes an id
 * as its plain text.
 */
public interface Identifier {

    /** Longest id accepted. */
    int MAX_LENGTH = 64;

    /** @return the id as text */
    String value();

    /**
     * Checks and normalises the text of an id, as every id type of the library does in its
     * constructor; a vendor's own id types may call it too. The text is trimmed, and must then
     * be non-blank, at most {@value #MAX_LENGTH} characters long, and free of whitespace and
     * control characters.
     *
     * @param type the id type, named in the message (such as {@code "staff id"})
     * @param text the text
     * @return the trimmed text
     * @throws org.aftersales.core.error.ValidationException listing every rule the text breaks
     */
    static String normalise(String type, String text) {
        Violations v = new Violations(IdMessages.MESSAGES);
        if (text == null || text.isBlank()) {
            v.add("value", "id.blank", type);
            v.throwIfPresent();
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            v.add("value", "id.tooLong", type, trimmed.length(), MAX_LENGTH);
        }
        if (trimmed.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            v.add("value", "id.whitespace", type, trimmed);
        }
        v.throwIfPresent();
        return trimmed;
    }
}
