package org.aftersales.core.statemachine;

/**
 * What firing an event gives: a {@link Transition} when it was accepted, or a {@link Refusal}
 * that explains why not. Switch on it, or call {@link #orThrow()}.
 *
 * @param <S> the state type
 * @param <E> the event type
 */
public sealed interface FireResult<S extends Enum<S>, E extends Enum<E>> permits Transition, Refusal {

    /** @return the state after firing: the new state when accepted, the unchanged state when refused */
    S state();

    /** @return the event fired */
    E event();

    /** @return true when the event was accepted */
    boolean accepted();

    /**
     * The transition, or the refusal as an exception.
     *
     * @return the transition taken
     * @throws org.aftersales.core.error.IllegalTransitionException when the event was refused
     */
    Transition<S, E> orThrow();
}
