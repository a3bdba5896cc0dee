package org.aftersales.core.internal;

import org.aftersales.core.error.Violations;

/** Shared checks of value constructors. Not part of the API. */
public final class Checks {

    private Checks() {
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
