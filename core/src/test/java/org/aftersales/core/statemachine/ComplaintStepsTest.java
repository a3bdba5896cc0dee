package org.aftersales.core.statemachine;

import static org.aftersales.core.statemachine.ComplaintFlow.DEFINITION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.IllegalTransitionException.RefusingGuard;
import org.aftersales.core.statemachine.ComplaintFlow.Case;
import org.aftersales.core.statemachine.ComplaintFlow.Move;
import org.aftersales.core.statemachine.ComplaintFlow.Step;
import org.junit.jupiter.api.Test;

class ComplaintStepsTest {

    static final List<Move> IN_ORDER = List.of(Move.ACCOUNT_RECORDED, Move.CAUSE_FOUND, Move.SOLUTION_AGREED,
            Move.REMEDY_DELIVERED, Move.REVIEW_DONE);

    @Test
    void K3_theStepsWalkInOrderFromListeningToClosed() {
        Step state = Step.LISTENING;
        List<Step> visited = new ArrayList<>(List.of(state));
        for (Move move : IN_ORDER) {
            state = DEFINITION.fireOrThrow(state, move, Case.COMPLETE).to();
            visited.add(state);
        }
        assertThat(visited).containsExactly(Step.LISTENING, Step.ANALYSING, Step.FINDING_SOLUTION, Step.RESOLVING,
                Step.REVIEWING, Step.CLOSED);
    }

    @Test
    void K3_emergencyMeasuresAtEveryStepBeforeClosingKeepTheStep() {
        Set<Transition<Step, Move>> taken = new HashSet<>();
        Step state = Step.LISTENING;
        for (Move move : IN_ORDER) {
            Transition<Step, Move> measure = DEFINITION.fireOrThrow(state, Move.TAKE_EMERGENCY_MEASURE, Case.COMPLETE);
            assertThat(measure.to()).isEqualTo(state);
            taken.add(measure);
            Transition<Step, Move> step = DEFINITION.fireOrThrow(state, move, Case.COMPLETE);
            taken.add(step);
            state = step.to();
        }
        assertThat(taken).containsExactlyInAnyOrderElementsOf(DEFINITION.transitions());
        assertThat(DEFINITION.fire(Step.CLOSED, Move.TAKE_EMERGENCY_MEASURE, Case.COMPLETE).accepted()).isFalse();
    }

    @Test
    void K3_noStepMaySkipAnother() {
        for (Step state : Step.values()) {
            Set<Move> legal = EnumSet.noneOf(Move.class);
            int index = state.ordinal();
            if (index < IN_ORDER.size()) {
                legal.add(IN_ORDER.get(index));
                legal.add(Move.TAKE_EMERGENCY_MEASURE);
            }
            for (Move move : Move.values()) {
                FireResult<Step, Move> r = DEFINITION.fire(state, move, Case.COMPLETE);
                assertThat(r.accepted()).as("%s in %s", move, state).isEqualTo(legal.contains(move));
                if (!r.accepted()) {
                    assertThat(r.state()).isEqualTo(state);
                    assertThat(((Refusal<Step, Move>) r).allowedEvents()).containsExactlyInAnyOrderElementsOf(legal);
                }
            }
        }
    }

    @Test
    void K3_closingWithoutACompleteReviewIsRefusedWithTheReason() {
        Refusal<Step, Move> r = (Refusal<Step, Move>) DEFINITION.fire(Step.REVIEWING, Move.REVIEW_DONE,
                new Case(true, true, false));
        assertThat(r.refusingGuards()).extracting(RefusingGuard::guard, RefusingGuard::code)
                .containsExactly(org.assertj.core.api.Assertions.tuple("review-complete", "complaint.review-incomplete"));
        assertThat(r.allowedEvents()).containsExactly(Move.TAKE_EMERGENCY_MEASURE);
        assertThat(r.reason().en()).contains("Root cause, lesson and preventive action are not all recorded.");
        assertThat(r.reason().zh()).contains("根本原因、教训和预防措施尚未全部记录。");
    }

    @Test
    void K3_analysisWaitsUntilTheCustomerIsHeardOut() {
        AllowedEvents<Step, Move> options = DEFINITION.allowedEvents(Step.LISTENING, new Case(false, false, false));
        assertThat(options.allowed()).containsExactly(Move.TAKE_EMERGENCY_MEASURE);
        assertThat(options.refused().get(Move.ACCOUNT_RECORDED)).extracting(RefusingGuard::code)
                .containsExactly("complaint.not-heard-out");
    }
}
