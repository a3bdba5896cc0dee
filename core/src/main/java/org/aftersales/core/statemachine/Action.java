package org.aftersales.core.statemachine;

/**
 * Work done when a transition happens, such as recording a timestamp on the aggregate or
 * collecting a domain event. Actions run in declaration order, and only after every guard of
 * the transition has allowed it. An exception thrown by an action propagates to the caller of
 * {@code fire}; because the engine keeps no state, the caller simply does not apply the new
 * state.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type
 */
@FunctionalInterface
public interface Action<S extends Enum<S>, E extends Enum<E>, C> {

    /**
     * Does the work.
     *
     * @param transition the transition taking place
     * @param context the caller's context
     */
    void execute(Transition<S, E> transition, C context);
}
