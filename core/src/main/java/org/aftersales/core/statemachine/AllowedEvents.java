package org.aftersales.core.statemachine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.error.IllegalTransitionException.RefusingGuard;

/**
 * Which events a state accepts for a given context, and why the others that have a transition
 * from it are refused now. Events with no transition from the state at all appear in neither.
 *
 * @param state the state asked about
 * @param allowed the events that would be accepted, in the order of the event enum
 * @param refused each event that has a transition from the state but whose guards refuse now,
 *     with every refusing guard, in the order of the event enum
 * @param <S> the state type
 * @param <E> the event type
 */
public record AllowedEvents<S extends Enum<S>, E extends Enum<E>>(
        S state, List<E> allowed, Map<E, List<RefusingGuard>> refused) {

    /** Checks the parts and freezes them. */
    public AllowedEvents {
        Objects.requireNonNull(state, "state");
        allowed = List.copyOf(allowed);
        refused = Collections.unmodifiableMap(new LinkedHashMap<>(refused));
    }

    /**
     * Whether an event would be accepted.
     *
     * @param event the event
     * @return true when it is among the allowed
     */
    public boolean isAllowed(E event) {
        return allowed.contains(event);
    }
}
