package org.aftersales.core.statemachine;

import java.util.Locale;
import java.util.Objects;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;

/**
 * A transition published as a domain event (C6: every transition is emitted as an event). Its
 * {@linkplain #type() type} is the machine name and the event in kebab case, such as
 * {@code repair-order.check-in}.
 *
 * @param metadata id, time, actor and correlation id
 * @param machine the name of the definition
 * @param from the state left
 * @param event the event that caused the transition
 * @param to the state entered
 * @param <S> the state type
 * @param <E> the event type
 */
public record TransitionEvent<S extends Enum<S>, E extends Enum<E>>(
        EventMetadata metadata, String machine, S from, E event, S to) implements DomainEvent {

    /** Checks every part is present. */
    public TransitionEvent {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
    }

    /** @return {@code <machine>.<event in kebab case>} */
    @Override
    public String type() {
        return machine + "." + event.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
