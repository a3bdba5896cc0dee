package org.aftersales.core.internal;

import org.aftersales.core.error.Violations;

/** Shared checks of value constructors. Not part of the API. */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks and normalises id text: trimmed, non-blank, short, no whitespace or control
     * characters inside.
     *
     * @param type the id type, named in the message
     * @param value the text
     * @return the trimmed text
     */
    public static String identifier(String type, String value) {
        Violations v = new Violations(CoreMessages.MESSAGES);
        if (value == null || value.isBlank()) {
            v.add("value", "id.blank", type);
            v.throwIfPresent();
        }
        String trimmed = value.strip();
        if (trimmed.length() > org.aftersales.core.id.Identifier.MAX_LENGTH) {
            v.add("value", "id.tooLong", type, trimmed.length(), org.aftersales.core.id.Identifier.MAX_LENGTH);
        }
        if (trimmed.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            v.add("value", "id.whitespace", type, trimmed);
        }
        v.throwIfPresent();
        return trimmed;
    }

    /**
     * Fails with a single violation when a required value is missing.
     *
     * @param value the value
     * @param path its path
     * @param <T> its type
     * @return the value
     */
    public static <T> T required(T value, String path) {
        if (value == null) {
            new Violations(CoreMessages.MESSAGES).add(path, "required").throwIfPresent();
        }
        return value;
    }

    /**
     * Starts a collector over the core messages.
     *
     * @return an empty collector
     */
    public static Violations violations() {
        return new Violations(CoreMessages.MESSAGES);
    }
}
