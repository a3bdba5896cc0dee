package org.aftersales.core.statemachine;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.fixtures.RepairOrderGraph.Move;
import org.aftersales.core.fixtures.RepairOrderGraph.Step;
import org.aftersales.core.fixtures.RepairOrderGraph;

/**
 * The repair-order lifecycle of F1 as a definition of the core engine, built from the shared
 * graph {@link RepairOrderGraph} that the benchmarks build their engines from too.
 */
final class RepairOrderFlow {

    /** What the guards read and the actions write. */
    static final class Order extends RepairOrderGraph.Facts {
        final List<String> log = new ArrayList<>();

        static Order refusingEverything() {
            Order o = new Order();
            o.estimateSigned = false;
            o.partsReserved = false;
            o.additionalWorkSigned = false;
            o.washAccepted = false;
            o.paid = false;
            o.customerReached = false;
            return o;
        }
    }

    static final Action<Step, Move, Order> LOG = (t, o) -> o.log.add(t.event() + ":" + t.from() + "->" + t.to());

    static final StateMachineDefinition<Step, Move, Order> DEFINITION = build();

    private static StateMachineDefinition<Step, Move, Order> build() {
        StateMachineBuilder<Step, Move, Order> b = StateMachineDefinition
                .builder("repair-order", Step.class, Move.class, Order.class)
                .initial(Step.APPOINTMENT_BOOKED, Step.CHECKED_IN)
                .finals(Step.CLOSED, Step.CANCELLED, Step.NO_SHOW);
        for (RepairOrderGraph.Edge e : RepairOrderGraph.EDGES) {
            var edge = e.from() == e.to() ? b.from(e.from()).on(e.move()).stay() : b.from(e.from()).on(e.move()).to(e.to());
            if (e.guard() != null) {
                RepairOrderGraph.Reason why = RepairOrderGraph.GUARD_REASONS.get(e.guard());
                edge.guard(e.guard(), Guard.require(RepairOrderGraph.GUARDS.get(e.guard()), why.code(), why.text()));
            }
            edge.action(LOG);
        }
        return b.build();
    }

    private RepairOrderFlow() {
    }
}
