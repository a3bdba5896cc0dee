package org.aftersales.core.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aftersales.core.i18n.LocalizedText;

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
                explain(state, event, allowedEvents, refusingGuards), null);
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

    /**
     * Explains a refused event, as this exception's message and {@code Refusal#reason()} do: the state, the event, each refusing guard and the events
     * allowed now.
     *
     * @param state the current state
     * @param event the refused event
     * @param allowed the events allowed now
     * @param guards the refusing guards
     * @return the explanation in both languages
     */
    public static LocalizedText explain(
            Enum<?> state, Enum<?> event, List<? extends Enum<?>> allowed, List<RefusingGuard> guards) {
        LocalizedText head = ErrorMessages.MESSAGES.text(guards.isEmpty() ? "refusal.noTransition" : "refusal.guarded",
                String.valueOf(state), String.valueOf(event));
        StringBuilder en = new StringBuilder(head.en());
        StringBuilder zh = new StringBuilder(head.zh());
        if (!guards.isEmpty()) {
            LocalizedText by = ErrorMessages.MESSAGES.text("refusal.guards",
                    guards.stream().map(g -> g.guard() + ": " + g.reason().en()).collect(Collectors.joining("; ")),
                    guards.stream().map(g -> g.guard() + "：" + g.reason().zh()).collect(Collectors.joining("；")));
            en.append(' ').append(terminated(by.en(), "."));
            zh.append(terminated(by.zh(), "。"));
        }
        LocalizedText now = allowed.isEmpty()
                ? ErrorMessages.MESSAGES.text("refusal.noneAllowed")
                : ErrorMessages.MESSAGES.text("refusal.allowed",
                        allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        allowed.stream().map(String::valueOf).collect(Collectors.joining("、")));
        en.append(' ').append(now.en());
        zh.append(now.zh());
        return new LocalizedText(en.toString(), zh.toString());
    }

    private static String terminated(String sentence, String stop) {
        return sentence.matches("(?s).*[.!?。！？]$") ? sentence : sentence + stop;
    }
}
