package org.aftersales.core.statemachine;

import java.util.List;
import java.util.Objects;
import org.aftersales.core.event.EventMetadata;

/**
 * One edge of a state machine's graph, and the record of it being taken. A definition builds
 * each transition once; firing returns that same instance, so an accepted event allocates
 * nothing. To publish it as a domain event, call {@link #toEvent(EventMetadata)}.
 *
 * @param machine the name of the definition, such as {@code repair-order}
 * @param from the source state
 * @param event the event
 * @param to the target state; equal to {@code from} for a transition that stays
 * @param guards the names of the guards that protect it, in declaration order
 * @param <S> the state type
 * @param <E> the event type
 */
public record Transition<S extends Enum<S>, E extends Enum<E>>(
        String machine, S from, E event, S to, List<String> guards) implements FireResult<S, E> {

    /** Checks every part is present and freezes the guard names. */
    public Transition {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
        guards = List.copyOf(guards);
    }

    /** @return the target state */
    @Override
    public S state() {
        return to;
    }

    /** @return true */
    @Override
    public boolean accepted() {
        return true;
    }

    /** @return this transition */
    @Override
    public Transition<S, E> orThrow() {
        return this;
    }

    /** @return true when the transition stays in its source state */
    public boolean staysInState() {
        return from == to;
    }

    /**
     * This transition as a domain event, for the aggregate to collect and the application
     * service to publish.
     *
     * @param metadata the event's id, time, actor and correlation id
     * @return the event
     */
    public TransitionEvent<S, E> toEvent(EventMetadata metadata) {
        return new TransitionEvent<>(metadata, machine, from, event, to);
    }

    @Override
    public String toString() {
        return from + " --" + event + (guards.isEmpty() ? "" : " " + guards) + "--> " + to;
    }
}
