package org.aftersales.core.error;

import java.util.List;
import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.statemachine.StateMachineMessages;

/**
 * An event that a state machine refuses in the current state: no transition exists for it, or
 * every guard-protected transition was refused. Carries the state, the event, the events that
 * are allowed now and each guard that refused, so that callers can explain the refusal or
 * offer the allowed events instead. Nothing was changed and no action ran.
 */
public final class IllegalTransitionException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    private final transient Enum<?> state;
    private final transient Enum<?> event;
    private final transient List<Enum<?>> allowedEvents;
    private final transient List<RefusingGuard> refusingGuards;

    /**
     * One guard that refused a transition, and why.
     *
     * @param guard the name the guard was registered under
     * @param code the stable refusal code the guard gave
     * @param reason the guard's explanation in English and Chinese
     */
    public record RefusingGuard(String guard, String code, LocalizedText reason) {

        /** Checks every part is present. */
        public RefusingGuard {
            Objects.requireNonNull(guard, "guard");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return guard + ": " + reason.en() + " (" + code + ")";
        }
    }

    /**
     * Creates the exception; its message names the state, the event, each refusing guard and
     * the events allowed now.
     *
     * @param state the state the machine was in, which is also the state it stays in
     * @param event the refused event
     * @param allowedEvents the events that would have been accepted, in the order of the event enum
     * @param refusingGuards each guard that refused, empty when no transition exists at all
     */
    public IllegalTransitionException(
            Enum<?> state, Enum<?> event, List<? extends Enum<?>> allowedEvents, List<RefusingGuard> refusingGuards) {
        super("illegal-transition",
                StateMachineMessages.refusal(state, event, allowedEvents, refusingGuards), null);
        this.state = state;
        this.event = event;
        this.allowedEvents = List.copyOf(allowedEvents);
        this.refusingGuards = List.copyOf(refusingGuards);
    }

    /** @return the state the machine was, and still is, in */
    public Enum<?> state() {
        return state;
    }

    /** @return the refused event */
    public Enum<?> event() {
        return event;
    }

    /** @return the events allowed in that state for the same context, in the order of the event enum */
    public List<Enum<?>> allowedEvents() {
        return allowedEvents;
    }

    /** @return each guard that refused; empty when the state has no transition for the event */
    public List<RefusingGuard> refusingGuards() {
        return refusingGuards;
    }
}
