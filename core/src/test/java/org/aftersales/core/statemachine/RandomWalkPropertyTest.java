package org.aftersales.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.aftersales.core.fixtures.RepairOrderGraph;
import org.aftersales.core.statemachine.RepairOrderFlow.Order;

/**
 * Random event sequences, each with random guard outcomes, never take a machine to a state or
 * along a transition that its graph does not allow, and a refused event never moves it. Three
 * steps in four pick an event that has a transition from the current state (so that walks get
 * deep into the graph, where the guards are), the fourth picks any event.
 */
class RandomWalkPropertyTest {

    record RepairStep(int choice, int flags) {
        Order order() {
            Order o = new Order();
            o.estimateSigned = (flags & 1) != 0;
            o.partsReserved = (flags & 2) != 0;
            o.additionalWorkSigned = (flags & 4) != 0;
            o.washAccepted = (flags & 8) != 0;
            o.paid = (flags & 16) != 0;
            o.customerReached = (flags & 32) != 0;
            return o;
        }
    }

    record ComplaintStep(int choice, boolean heard, boolean accepted, boolean reviewed) {
    }

    /** Picks the event of a step: usually one that leaves the state, sometimes any event. */
    static <S extends Enum<S>, E extends Enum<E>> E pick(StateMachineDefinition<S, E, ?> d, S state, int choice) {
        List<E> leaving = List.copyOf(d.eventsFrom(state));
        E[] all = d.eventType().getEnumConstants();
        if (choice % 4 == 0 || leaving.isEmpty()) {
            return all[(choice / 4) % all.length];
        }
        return leaving.get((choice / 4) % leaving.size());
    }

    @Provide
    Arbitrary<RepairStep> repairSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 1023), Arbitraries.integers().between(0, 63))
                .as(RepairStep::new);
    }

    @Provide
    Arbitrary<ComplaintStep> complaintSteps() {
        return Combinators.combine(Arbitraries.integers().between(0, 1023), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(ComplaintStep::new);
    }

    @Provide
    Arbitrary<RepairOrderGraph.Step> repairStarts() {
        return Arbitraries.of(RepairOrderFlow.DEFINITION.initialStates());
    }

    @Property(tries = 500)
    void F1_randomEventsStayInsideTheRepairOrderGraph(@ForAll("repairStarts") RepairOrderGraph.Step start,
            @ForAll @Size(max = 80) List<@From("repairSteps") RepairStep> steps) {
        RepairOrderGraph.Step state = start;
        for (RepairStep step : steps) {
            RepairOrderGraph.Move move = pick(RepairOrderFlow.DEFINITION, state, step.choice());
            state = checkedFire(RepairOrderFlow.DEFINITION, state, move, step.order());
        }
    }

    @Property(tries = 300)
    void K3_randomEventsStayInsideTheComplaintGraph(
            @ForAll @Size(max = 40) List<@From("complaintSteps") ComplaintStep> steps) {
        ComplaintFlow.Step state = ComplaintFlow.Step.LISTENING;
        for (ComplaintStep step : steps) {
            state = checkedFire(ComplaintFlow.DEFINITION, state, pick(ComplaintFlow.DEFINITION, state, step.choice()),
                    new ComplaintFlow.Case(step.heard(), step.accepted(), step.reviewed()));
        }
    }

    /** Fires one event and checks the result against the graph, computed here independently. */
    static <S extends Enum<S>, E extends Enum<E>, C> S checkedFire(StateMachineDefinition<S, E, C> d, S state, E event,
            C context) {
        Set<S> reachable = reachable(d);
        AllowedEvents<S, E> options = d.allowedEvents(state, context);
        FireResult<S, E> result = d.fire(state, event, context);
        if (result instanceof Transition<S, E> t) {
            assertThat(d.transitions()).contains(t);
            assertThat(t.from()).isEqualTo(state);
            assertThat(t.event()).isEqualTo(event);
            assertThat(d.finalStates()).doesNotContain(state);
            assertThat(reachable).contains(t.to());
            assertThat(options.allowed()).contains(event);
            return t.to();
        }
        Refusal<S, E> refusal = (Refusal<S, E>) result;
        assertThat(refusal.state()).isEqualTo(state);
        assertThat(refusal.allowedEvents()).isEqualTo(options.allowed()).doesNotContain(event);
        boolean hasEdge = d.transitions().stream().anyMatch(t -> t.from() == state && t.event() == event);
        assertThat(refusal.refusingGuards().isEmpty()).isEqualTo(!hasEdge);
        return state;
    }

    static <S extends Enum<S>> Set<S> reachable(StateMachineDefinition<S, ?, ?> d) {
        Set<S> seen = new HashSet<>(d.initialStates());
        Deque<S> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            S s = todo.pop();
            d.transitions().stream().filter(t -> t.from() == s).forEach(t -> {
                if (seen.add(t.to())) {
                    todo.push(t.to());
                }
            });
        }
        return EnumSet.copyOf(seen);
    }
}
