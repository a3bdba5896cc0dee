package org.aftersales.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.junit.jupiter.api.Test;

class DefinitionChecksTest {

    enum S { A, B, C, D, E, F, UNUSED, ORPHAN }

    enum Ev { GO, BACK, JUMP }

    static final Guard<Object> YES = c -> GuardResult.allowed();

    @Test
    void C6_buildListsEveryProblemAtOnce() {
        StateMachineBuilder<S, Ev, Object> b = StateMachineDefinition.builder("broken", S.class, Ev.class, Object.class);
        b.initial(S.A)
                .finals(S.F)
                .from(S.A).on(Ev.GO).to(S.B)
                .from(S.A).on(Ev.GO).to(S.C)                 // two unguarded alternatives
                .from(S.B).on(Ev.GO).to(S.D).guard("g", YES)
                .from(S.B).on(Ev.GO).to(S.E).guard("g", YES) // same guards: not told apart
                .from(S.C).on(Ev.GO).to(S.F)
                .from(S.D).on(Ev.GO).to(S.F)
                .from(S.E).on(Ev.GO).to(S.F)
                .from(S.F).on(Ev.BACK).to(S.A)               // leaves a final state
                .from(S.ORPHAN).on(Ev.JUMP).to(S.A);         // never reached
        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                            tuple("transitions[F, BACK]", "definition.leavesFinal"),
                            tuple("transitions[A, GO]", "definition.ambiguous"),
                            tuple("transitions[B, GO]", "definition.ambiguous"),
                            tuple("states.UNUSED", "definition.unknownState"),
                            tuple("states.ORPHAN", "definition.unreachable"));
                    assertThat(e.getMessage()).contains("5 problems", "Final state F has a transition on BACK to A",
                            "State A has 2 transitions on GO (to B, C)", "State B has 2 transitions on GO (to D [g], E [g])",
                            "State UNUSED is unknown", "State ORPHAN cannot be reached from any initial state ([A])");
                    assertThat(e.text().zh()).contains("终止状态 F", "无法到达状态 ORPHAN");
                });
    }

    enum T { START, MIDDLE, STUCK, END }

    @Test
    void C6_aNonFinalStateWithNoWayOutIsADeadEnd() {
        assertThatThrownBy(() -> StateMachineDefinition.builder("stuck", T.class, Ev.class, Object.class)
                .initial(T.START).finals(T.END)
                .from(T.START).on(Ev.GO).to(T.MIDDLE)
                .from(T.MIDDLE).on(Ev.GO).to(T.END)
                .from(T.MIDDLE).on(Ev.JUMP).to(T.STUCK)
                .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("states.STUCK", "definition.deadEnd")));
    }

    @Test
    void C6_nameAndInitialStateAreRequired() {
        assertThatThrownBy(() -> StateMachineDefinition.builder(" ", T.class, Ev.class, Object.class)
                .finals(T.END)
                .from(T.START).on(Ev.GO).to(T.MIDDLE)
                .from(T.MIDDLE).on(Ev.GO).to(T.STUCK)
                .from(T.STUCK).on(Ev.GO).to(T.END)
                .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code)
                        .containsExactly("definition.name", "definition.noInitial"));
    }

    @Test
    void C6_guardedAlternativesFollowedByOneFallbackAreAccepted() {
        StateMachineDefinition<T, Ev, Boolean> d = StateMachineDefinition
                .builder("choice", T.class, Ev.class, Boolean.class)
                .initial(T.START).finals(T.END)
                .from(T.START).on(Ev.GO).to(T.MIDDLE)
                    .guard("flag", flag -> flag ? GuardResult.allowed() : GuardResult.refused("off",
                            new org.aftersales.core.i18n.LocalizedText("off", "关")))
                .from(T.START).on(Ev.GO).to(T.STUCK)
                .from(T.MIDDLE, T.STUCK).on(Ev.GO).to(T.END)
                .build();
        assertThat(d.fire(T.START, Ev.GO, true).state()).isEqualTo(T.MIDDLE);
        assertThat(d.fire(T.START, Ev.GO, false).state()).isEqualTo(T.STUCK);
        assertThat(d.transitions()).hasSize(4);
    }

    @Test
    void C6_theDefinitionCannotBeChangedThroughWhatItReturns() {
        StateMachineDefinition<?, ?, ?> d = RepairOrderFlow.DEFINITION;
        assertThat(d.transitions()).isUnmodifiable();
        assertThat(d.states()).isUnmodifiable();
        assertThat(d.transitions().get(0).guards()).isUnmodifiable();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.initialStates().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
