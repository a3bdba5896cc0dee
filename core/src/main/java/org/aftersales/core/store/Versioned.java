package org.aftersales.core.store;

import java.util.Objects;

/**
 * An aggregate snapshot together with the version under which it is stored. Versions start at
 * {@code 1} for the first save and grow by one with each save; {@link #NEW} ({@code 0}) is the
 * expected version of an aggregate that is not stored yet.
 *
 * @param value the snapshot
 * @param version its stored version, at least 1
 * @param <A> the aggregate type
 */
public record Versioned<A>(A value, long version) {

    /** The expected version to pass when saving an aggregate for the first time. */
    public static final long NEW = 0;

    /** Checks the value is present and the version is a stored one. */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("a stored version is at least 1, not " + version);
        }
    }
}
