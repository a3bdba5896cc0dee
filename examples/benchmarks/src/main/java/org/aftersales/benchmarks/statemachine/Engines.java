package org.aftersales.benchmarks.statemachine;

import com.alibaba.cola.statemachine.builder.StateMachineBuilderFactory;
import com.github.oxo42.stateless4j.StateConfiguration;
import com.github.oxo42.stateless4j.StateMachineConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.aftersales.core.fixtures.RepairOrderGraph.Edge;
import org.aftersales.core.fixtures.RepairOrderGraph.Move;
import org.aftersales.core.fixtures.RepairOrderGraph.Step;
import org.aftersales.core.fixtures.RepairOrderGraph;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.statemachine.Guard;
import org.aftersales.core.statemachine.StateMachineBuilder;
import org.aftersales.core.statemachine.StateMachineDefinition;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.squirrelframework.foundation.fsm.AnonymousAction;
import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;
import reactor.core.publisher.Mono;

/**
 * The repair-order graph built in each engine from {@link RepairOrderGraph#EDGES}: one shared
 * definition per engine, and per thread a {@link Runner} that keeps that thread's machine or
 * state.
 */
final class Engines {

    private Engines() {
    }

    /** Fires events for one thread. */
    interface Runner {
        /**
         * Fires one event.
         *
         * @param move the event
         * @return the state after it
         */
        Step fire(Move move);
    }

    /** One engine's shared definition of the graph. */
    interface Engine {
        /**
         * A runner for the calling thread, at {@link RepairOrderGraph#START}.
         *
         * @param job the thread's context
         * @return the runner
         */
        Runner runner(Job job);

        /**
         * A new machine instance from the shared definition, where the engine has instances.
         *
         * @param job the context
         * @return the instance
         */
        Object newInstance(Job job);
    }

    /** Fires on an engine that keeps no state: the caller passes the state in and keeps what comes back. */
    interface StatelessFire {
        Step fire(Step state, Move move, Job job);
    }

    /** A runner for engines without instances: the state is a field here, as in an aggregate. */
    static final class CallerKeepsState implements Runner {
        private final Job job;
        private final StatelessFire engine;
        private Step state = RepairOrderGraph.START;

        CallerKeepsState(Job job, StatelessFire engine) {
            this.job = job;
            this.engine = engine;
        }

        @Override
        public Step fire(Move move) {
            state = engine.fire(state, move, job);
            return state;
        }
    }

    static Engine named(String name) {
        return switch (name) {
            case "aftersales" -> new Aftersales();
            case "cola" -> new Cola();
            case "stateless4j" -> new Stateless4j();
            case "squirrel" -> new Squirrel();
            case "spring" -> new Spring();
            default -> throw new IllegalArgumentException("unknown engine " + name);
        };
    }

    /** This library: the state is a field of the caller, the definition is a shared table. */
    static final class Aftersales implements Engine {

        final StateMachineDefinition<Step, Move, Job> definition;

        Aftersales() {
            StateMachineBuilder<Step, Move, Job> b = StateMachineDefinition.builder("repair-order", Step.class,
                    Move.class, Job.class);
            b.initial(Step.APPOINTMENT_BOOKED, Step.CHECKED_IN).finals(Step.CLOSED, Step.CANCELLED, Step.NO_SHOW);
            for (Edge e : RepairOrderGraph.EDGES) {
                StateMachineBuilder<Step, Move, Job>.On on = b.from(e.from()).on(e.move());
                StateMachineBuilder<Step, Move, Job>.Edges edges = e.to() == e.from() ? on.stay() : on.to(e.to());
                edges.action((t, job) -> job.actions++);
                if (e.guard() != null) {
                    edges.guard(e.guard(), Guard.require(RepairOrderGraph.GUARDS.get(e.guard()), e.guard(),
                            new LocalizedText(e.guard() + " refused", e.guard() + " 不满足")));
                }
            }
            definition = b.build();
        }

        @Override
        public Runner runner(Job job) {
            return new CallerKeepsState(job, (state, move, context) -> definition.fire(state, move, context).state());
        }

        @Override
        public Object newInstance(Job job) {
            throw new UnsupportedOperationException("no instances: the state is a field of the aggregate");
        }
    }

    /** Alibaba COLA: stateless like this library; the caller passes the state in. */
    static final class Cola implements Engine {

        private static final AtomicInteger IDS = new AtomicInteger();
        final com.alibaba.cola.statemachine.StateMachine<Step, Move, Job> machine;

        Cola() {
            com.alibaba.cola.statemachine.builder.StateMachineBuilder<Step, Move, Job> b =
                    StateMachineBuilderFactory.create();
            com.alibaba.cola.statemachine.Action<Step, Move, Job> count = (from, to, move, job) -> job.actions++;
            for (Edge e : RepairOrderGraph.EDGES) {
                com.alibaba.cola.statemachine.builder.On<Step, Move, Job> on = e.to() == e.from()
                        ? b.internalTransition().within(e.from()).on(e.move())
                        : b.externalTransition().from(e.from()).to(e.to()).on(e.move());
                if (e.guard() == null) {
                    on.perform(count);
                } else {
                    Predicate<? super Job> guard = RepairOrderGraph.GUARDS.get(e.guard());
                    on.when(guard::test).perform(count);
                }
            }
            machine = b.build("repair-order-" + IDS.incrementAndGet());
        }

        @Override
        public Runner runner(Job job) {
            return new CallerKeepsState(job, machine::fireEvent);
        }

        @Override
        public Object newInstance(Job job) {
            throw new UnsupportedOperationException("no instances: the caller keeps the state");
        }
    }

    /**
     * stateless4j: one shared configuration, one machine per thread. Its guards and actions take
     * no arguments, so the shared configuration reaches the thread's context through a
     * thread-local.
     */
    static final class Stateless4j implements Engine {

        private static final ThreadLocal<Job> JOB = new ThreadLocal<>();
        final StateMachineConfig<Step, Move> config = new StateMachineConfig<>();

        Stateless4j() {
            com.github.oxo42.stateless4j.delegates.Action count = () -> JOB.get().actions++;
            for (Edge e : RepairOrderGraph.EDGES) {
                StateConfiguration<Step, Move> c = config.configure(e.from());
                Predicate<? super Job> guard = e.guard() == null ? null : RepairOrderGraph.GUARDS.get(e.guard());
                if (e.to() == e.from()) {
                    if (guard == null) {
                        c.permitInternal(e.move(), count);
                    } else {
                        c.permitInternalIf(e.move(), () -> guard.test(JOB.get()), count);
                    }
                } else if (guard == null) {
                    c.permit(e.move(), e.to(), count);
                } else {
                    c.permitIf(e.move(), e.to(), () -> guard.test(JOB.get()), count);
                }
            }
        }

        @Override
        public Runner runner(Job job) {
            JOB.set(job);
            com.github.oxo42.stateless4j.StateMachine<Step, Move> machine = newInstance(job);
            return move -> {
                machine.fire(move);
                return machine.getState();
            };
        }

        @Override
        public com.github.oxo42.stateless4j.StateMachine<Step, Move> newInstance(Job job) {
            return new com.github.oxo42.stateless4j.StateMachine<>(RepairOrderGraph.START, config);
        }
    }

    /** squirrel-foundation: one shared builder, one machine per thread. */
    static final class Squirrel implements Engine {

        /** The machine class squirrel instantiates. */
        public static final class Machine extends AbstractStateMachine<Machine, Step, Move, Job> {
            /** Called by squirrel. */
            public Machine() {
            }
        }

        final org.squirrelframework.foundation.fsm.StateMachineBuilder<Machine, Step, Move, Job> builder;

        Squirrel() {
            builder = org.squirrelframework.foundation.fsm.StateMachineBuilderFactory.create(Machine.class, Step.class,
                    Move.class, Job.class);
            AnonymousAction<Machine, Step, Move, Job> count = new AnonymousAction<>() {
                @Override
                public void execute(Step from, Step to, Move move, Job job, Machine machine) {
                    job.actions++;
                }
            };
            for (Edge e : RepairOrderGraph.EDGES) {
                org.squirrelframework.foundation.fsm.builder.On<Machine, Step, Move, Job> on = e.to() == e.from()
                        ? builder.internalTransition().within(e.from()).on(e.move())
                        : builder.externalTransition().from(e.from()).to(e.to()).on(e.move());
                if (e.guard() == null) {
                    on.perform(count);
                } else {
                    Predicate<? super Job> guard = RepairOrderGraph.GUARDS.get(e.guard());
                    on.when(new AnonymousCondition<>() {
                        @Override
                        public boolean isSatisfied(Job job) {
                            return guard.test(job);
                        }
                    }).perform(count);
                }
            }
        }

        @Override
        public Runner runner(Job job) {
            Machine machine = newInstance(job);
            return move -> {
                machine.fire(move, job);
                return machine.getCurrentState();
            };
        }

        @Override
        public Machine newInstance(Job job) {
            return builder.newStateMachine(RepairOrderGraph.START);
        }
    }

    /** Spring Statemachine: one shared factory, one started machine per thread. */
    static final class Spring implements Engine {

        final StateMachineFactory<Step, Move> factory;
        final List<Message<Move>> messages;

        Spring() {
            try {
                org.springframework.statemachine.config.StateMachineBuilder.Builder<Step, Move> b =
                        org.springframework.statemachine.config.StateMachineBuilder.builder();
                b.configureConfiguration().withConfiguration().autoStartup(false);
                b.configureStates().withStates().initial(RepairOrderGraph.START).states(EnumSet.allOf(Step.class));
                StateMachineTransitionConfigurer<Step, Move> t = b.configureTransitions();
                org.springframework.statemachine.action.Action<Step, Move> count =
                        c -> c.getExtendedState().get(Job.class, Job.class).actions++;
                for (Edge e : RepairOrderGraph.EDGES) {
                    Predicate<? super Job> guard = e.guard() == null ? j -> true : RepairOrderGraph.GUARDS.get(e.guard());
                    org.springframework.statemachine.guard.Guard<Step, Move> g =
                            c -> guard.test(c.getExtendedState().get(Job.class, Job.class));
                    if (e.to() == e.from()) {
                        t.withInternal().source(e.from()).event(e.move()).guard(g).action(count);
                    } else {
                        t.withExternal().source(e.from()).target(e.to()).event(e.move()).guard(g).action(count);
                    }
                }
                factory = b.createFactory();
            } catch (Exception e) {
                throw new IllegalStateException("Spring Statemachine refused the graph", e);
            }
            messages = Stream.of(Move.values()).map(m -> MessageBuilder.withPayload(m).build()).toList();
        }

        @Override
        public Runner runner(Job job) {
            StateMachine<Step, Move> machine = newInstance(job);
            return move -> {
                machine.sendEvent(Mono.just(messages.get(move.ordinal()))).blockLast();
                return machine.getState().getId();
            };
        }

        @Override
        public StateMachine<Step, Move> newInstance(Job job) {
            StateMachine<Step, Move> machine = factory.getStateMachine();
            machine.getExtendedState().getVariables().put(Job.class, job);
            machine.startReactively().block();
            return machine;
        }
    }
}
