package org.aftersales.core.statemachine;

import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;

/**
 * What a {@link Guard} decides: {@linkplain #allowed() allowed}, or {@linkplain Refused refused}
 * with a stable code and an explanation in English and Chinese. The allowed result is a single
 * shared value, so a guard that allows allocates nothing.
 */
public sealed interface GuardResult permits GuardResult.Allowed, GuardResult.Refused {

    /**
     * The result of a guard that lets the transition happen.
     *
     * @return the one allowed result
     */
    static GuardResult allowed() {
        return Allowed.INSTANCE;
    }

    /**
     * The result of a guard that stops the transition.
     *
     * @param code a stable code, such as {@code repair-order.estimate-unsigned}
     * @param reason what a person should read, in English and Chinese
     * @return the refusal
     */
    static Refused refused(String code, LocalizedText reason) {
        return new Refused(code, reason);
    }

    /** @return true when the guard lets the transition happen */
    default boolean isAllowed() {
        return this == Allowed.INSTANCE;
    }

    /** The allowed result; there is exactly one. */
    enum Allowed implements GuardResult {
        /** The one allowed result. */
        INSTANCE
    }

    /**
     * A refusal.
     *
     * @param code a stable, non-blank code
     * @param reason the explanation in English and Chinese
     */
    record Refused(String code, LocalizedText reason) implements GuardResult {

        /** Checks both parts. */
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
            if (code.isBlank()) {
                throw new IllegalArgumentException("a guard refusal needs a code");
            }
        }
    }
}
