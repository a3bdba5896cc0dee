package org.aftersales.core.statemachine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Declares a state machine and checks it when {@link #build()} is called:
 *
 * <pre>{@code
 * StateMachineDefinition<Step, Move, Ctx> flow = StateMachineDefinition
 *         .builder("repair-order", Step.class, Move.class, Ctx.class)
 *         .initial(Step.BOOKED, Step.CHECKED_IN)
 *         .finals(Step.CLOSED, Step.CANCELLED)
 *         .from(Step.BOOKED).on(Move.CHECK_IN).to(Step.CHECKED_IN)
 *         .from(Step.BOOKED, Step.CHECKED_IN).on(Move.CANCEL).to(Step.CANCELLED)
 *             .guard("not-started", notStarted)
 *             .action(recordCancellation)
 *         .build();
 * }</pre>
 *
 * <p>When several transitions leave one state on one event, they are tried in declaration
 * order and the first whose guards all allow is taken; only the last may be unguarded.
 * Not thread-safe; the definition it builds is.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type guards and actions receive
 */
public final class StateMachineBuilder<S extends Enum<S>, E extends Enum<E>, C> {

    final String name;
    final Class<S> stateType;
    final Class<E> eventType;
    final Set<S> initial;
    final Set<S> finals;
    final List<Edge> edges = new ArrayList<>();

    StateMachineBuilder(String name, Class<S> stateType, Class<E> eventType) {
        this.name = name;
        this.stateType = Objects.requireNonNull(stateType, "stateType");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.initial = EnumSet.noneOf(stateType);
        this.finals = EnumSet.noneOf(stateType);
    }

    /**
     * Declares states a machine may start in (a repair order starts booked, or checked in for a
     * walk-in).
     *
     * @param first a start state
     * @param more further start states
     * @return this builder
     */
    @SafeVarargs
    public final StateMachineBuilder<S, E, C> initial(S first, S... more) {
        initial.addAll(list(first, more));
        return this;
    }

    /**
     * Declares final states: no transition may leave them.
     *
     * @param first a final state
     * @param more further final states
     * @return this builder
     */
    @SafeVarargs
    public final StateMachineBuilder<S, E, C> finals(S first, S... more) {
        finals.addAll(list(first, more));
        return this;
    }

    /**
     * Starts a transition from one or more states; each source state gets its own edge.
     *
     * @param first a source state
     * @param more further source states
     * @return the next step: the event
     */
    @SafeVarargs
    public final From from(S first, S... more) {
        return new From(list(first, more));
    }

    /**
     * Checks the declaration and builds the definition.
     *
     * @return the immutable, thread-safe definition
     * @throws org.aftersales.core.error.ValidationException listing every problem found: a
     *     missing name or initial state, states unknown to the definition or unreachable from
     *     an initial state, non-final states with no way out, transitions leaving a final state,
     *     and transitions on one state and event that no guard tells apart
     */
    public StateMachineDefinition<S, E, C> build() {
        return new StateMachineDefinition<>(this);
    }

    @SafeVarargs
    private static <T> List<T> list(T first, T... more) {
        List<T> all = new ArrayList<>(1 + more.length);
        all.add(Objects.requireNonNull(first, "state"));
        for (T t : more) {
            all.add(Objects.requireNonNull(t, "state"));
        }
        return all;
    }

    /** A transition being declared: its sources are known, its event is next. */
    public final class From {

        private final List<S> sources;

        From(List<S> sources) {
            this.sources = sources;
        }

        /**
         * Names the event.
         *
         * @param event the event
         * @return the next step: the target
         */
        public On on(E event) {
            return new On(sources, Objects.requireNonNull(event, "event"));
        }
    }

    /** A transition being declared: its sources and event are known, its target is next. */
    public final class On {

        private final List<S> sources;
        private final E event;

        On(List<S> sources, E event) {
            this.sources = sources;
            this.event = event;
        }

        /**
         * Names the target state.
         *
         * @param target the state entered
         * @return the transition, to which guards and actions may be added
         */
        public Edges to(S target) {
            Objects.requireNonNull(target, "target");
            List<Edge> made = new ArrayList<>();
            for (S source : sources) {
                made.add(new Edge(source, event, target));
            }
            edges.addAll(made);
            return new Edges(made);
        }

        /**
         * Makes the transition stay in its source state (each source stays in itself). Guards
         * and actions still run and the transition is still recorded, for steps such as an
         * emergency measure that do not move a complaint on.
         *
         * @return the transition, to which guards and actions may be added
         */
        public Edges stay() {
            List<Edge> made = new ArrayList<>();
            for (S source : sources) {
                made.add(new Edge(source, event, source));
            }
            edges.addAll(made);
            return new Edges(made);
        }
    }

    /**
     * A declared transition (one edge per source state). Add guards and actions, then go on
     * with the next {@link #from} or {@link #build()}.
     */
    public final class Edges {

        private final List<Edge> made;

        Edges(List<Edge> made) {
            this.made = made;
        }

        /**
         * Adds a guard; all guards of a transition must allow it.
         *
         * @param name the guard's name, shown in refusals and on diagrams
         * @param guard the guard
         * @return this transition
         */
        public Edges guard(String name, Guard<? super C> guard) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(guard, "guard");
            for (Edge e : made) {
                e.guardNames.add(name);
                e.guards.add(guard);
            }
            return this;
        }

        /**
         * Adds an action, run after every guard has allowed the transition.
         *
         * @param action the action
         * @return this transition
         */
        public Edges action(Action<S, E, ? super C> action) {
            Objects.requireNonNull(action, "action");
            for (Edge e : made) {
                e.actions.add(action);
            }
            return this;
        }

        /**
         * Starts the next transition.
         *
         * @param first a source state
         * @param more further source states
         * @return the next step: the event
         */
        @SafeVarargs
        public final From from(S first, S... more) {
            return StateMachineBuilder.this.from(first, more);
        }

        /**
         * Checks the declaration and builds the definition; see {@link StateMachineBuilder#build()}.
         *
         * @return the definition
         */
        public StateMachineDefinition<S, E, C> build() {
            return StateMachineBuilder.this.build();
        }
    }

    /** One declared edge. */
    final class Edge {
        final S from;
        final E event;
        final S to;
        final List<String> guardNames = new ArrayList<>();
        final List<Guard<? super C>> guards = new ArrayList<>();
        final List<Action<S, E, ? super C>> actions = new ArrayList<>();

        Edge(S from, E event, S to) {
            this.from = from;
            this.event = event;
            this.to = to;
        }
    }
}
