package org.aftersales.core.statemachine;

import java.util.Objects;
import java.util.function.Predicate;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A condition a transition needs, checked against the caller's context before any action runs.
 * A definition is shared by every thread, so a guard must be stateless and must not change the
 * context: it only reads and decides.
 *
 * @param <C> the context type the machine is fired with
 */
@FunctionalInterface
public interface Guard<C> {

    /**
     * Decides whether the transition may happen for this context.
     *
     * @param context the caller's context
     * @return {@link GuardResult#allowed()}, or a refusal with code and reason; never null
     */
    GuardResult check(C context);

    /**
     * A guard from a predicate and a fixed refusal. The refusal is built once, so the guard
     * allocates nothing whichever way it decides.
     *
     * @param test true when the transition may happen
     * @param code the refusal code
     * @param reason the refusal's explanation in English and Chinese
     * @param <C> the context type
     * @return the guard
     */
    static <C> Guard<C> require(Predicate<? super C> test, String code, LocalizedText reason) {
        Objects.requireNonNull(test, "test");
        GuardResult.Refused refused = GuardResult.refused(code, reason);
        GuardResult allowed = GuardResult.allowed();
        return context -> test.test(context) ? allowed : refused;
    }
}
