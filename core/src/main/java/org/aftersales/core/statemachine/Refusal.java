package org.aftersales.core.statemachine;

import java.util.List;
import java.util.Objects;
import org.aftersales.core.error.IllegalTransitionException.RefusingGuard;
import org.aftersales.core.error.IllegalTransitionException;
import org.aftersales.core.i18n.LocalizedText;

/**
 * An event the machine refused. Names the state (which is unchanged), the event, the events
 * allowed now for the same context, and each guard that refused. No action ran.
 *
 * @param state the current, unchanged state
 * @param event the refused event
 * @param allowedEvents the events that would be accepted now, in the order of the event enum
 * @param refusingGuards each guard that refused; empty when no transition exists for the event
 * @param <S> the state type
 * @param <E> the event type
 */
public record Refusal<S extends Enum<S>, E extends Enum<E>>(
        S state, E event, List<E> allowedEvents, List<RefusingGuard> refusingGuards) implements FireResult<S, E> {

    /** Checks every part is present and freezes the lists. */
    public Refusal {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        allowedEvents = List.copyOf(allowedEvents);
        refusingGuards = List.copyOf(refusingGuards);
    }

    /** @return false */
    @Override
    public boolean accepted() {
        return false;
    }

    /** @throws IllegalTransitionException always, carrying this refusal */
    @Override
    public Transition<S, E> orThrow() {
        throw toException();
    }

    /** @return the explanation in English and Chinese */
    public LocalizedText reason() {
        return IllegalTransitionException.explain(state, event, allowedEvents, refusingGuards);
    }

    /** @return this refusal as an exception */
    public IllegalTransitionException toException() {
        return new IllegalTransitionException(state, event, allowedEvents, refusingGuards);
    }

    @Override
    public String toString() {
        return reason().en();
    }
}
