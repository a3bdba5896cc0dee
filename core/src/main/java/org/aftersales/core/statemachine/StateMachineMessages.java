package org.aftersales.core.statemachine;

import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.aftersales.core.error.IllegalTransitionException.RefusingGuard;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.i18n.Messages;

/** The message catalogue of the state machine engine; its bundles live in {@code core/internal}. */
public final class StateMachineMessages {

    /** Messages of the state machine engine: definition problems and refusals. */
    public static final Messages MESSAGES =
            Messages.of(locale -> ResourceBundle.getBundle("org.aftersales.core.internal.statemachine", locale));

    private StateMachineMessages() {
    }

    /**
     * Explains a refused event: the state, the event, each refusing guard and the events
     * allowed now.
     *
     * @param state the current state
     * @param event the refused event
     * @param allowed the events allowed now
     * @param guards the refusing guards
     * @return the explanation in both languages
     */
    public static LocalizedText refusal(
            Enum<?> state, Enum<?> event, List<? extends Enum<?>> allowed, List<RefusingGuard> guards) {
        LocalizedText head = MESSAGES.text(guards.isEmpty() ? "refusal.noTransition" : "refusal.guarded",
                String.valueOf(state), String.valueOf(event));
        StringBuilder en = new StringBuilder(head.en());
        StringBuilder zh = new StringBuilder(head.zh());
        if (!guards.isEmpty()) {
            LocalizedText by = MESSAGES.text("refusal.guards",
                    guards.stream().map(g -> g.guard() + ": " + g.reason().en()).collect(Collectors.joining("; ")),
                    guards.stream().map(g -> g.guard() + "：" + g.reason().zh()).collect(Collectors.joining("；")));
            en.append(' ').append(terminated(by.en(), "."));
            zh.append(terminated(by.zh(), "。"));
        }
        LocalizedText now = allowed.isEmpty()
                ? MESSAGES.text("refusal.noneAllowed")
                : MESSAGES.text("refusal.allowed",
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
