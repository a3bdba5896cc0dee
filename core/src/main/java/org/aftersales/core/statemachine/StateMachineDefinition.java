package org.aftersales.core.statemachine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.core.error.IllegalTransitionException;
import org.aftersales.core.error.IllegalTransitionException.RefusingGuard;
import org.aftersales.core.error.Violations;

/**
 * A checked, immutable state machine: states and events are enums, transitions carry guards
 * and actions. One definition is built once and shared by every instance and every thread;
 * the current state lives in the aggregate, which passes it to {@link #fire} and stores the
 * state it gets back.
 *
 * <p>Firing looks the transition up in a table indexed by state and event, runs its guards,
 * then its actions, and returns the {@link Transition} built with the definition, so an
 * accepted event allocates nothing beyond what guards and actions allocate. A refused event
 * returns a {@link Refusal} that names the state, the event, the events allowed now and each
 * guard that refused.
 *
 * <p>Guards and actions are shared by every thread: they must keep no state of their own.
 *
 * @param <S> the state type
 * @param <E> the event type
 * @param <C> the context type guards and actions receive
 */
public final class StateMachineDefinition<S extends Enum<S>, E extends Enum<E>, C> {

    private final String name;
    private final Class<S> stateType;
    private final Class<E> eventType;
    private final List<S> states;
    private final List<E> events;
    private final Set<S> initial;
    private final Set<S> finals;
    private final List<Transition<S, E>> transitions;
    /** Index {@code state.ordinal() * eventCount + event.ordinal()}: the first candidate, or null. */
    private final List<Candidate<S, E, C>> table;
    private final int eventCount;

    StateMachineDefinition(StateMachineBuilder<S, E, C> b) {
        this.name = b.name == null ? "" : b.name.strip();
        this.stateType = b.stateType;
        this.eventType = b.eventType;
        this.states = List.of(stateType.getEnumConstants());
        this.events = List.of(eventType.getEnumConstants());
        this.initial = Collections.unmodifiableSet(EnumSet.copyOf(b.initial));
        this.finals = Collections.unmodifiableSet(EnumSet.copyOf(b.finals));
        check(b);
        this.eventCount = events.size();
        List<Transition<S, E>> all = new ArrayList<>();
        List<Candidate<S, E, C>> cells = new ArrayList<>(Collections.nCopies(states.size() * eventCount, null));
        Map<Integer, Candidate<S, E, C>> tails = new LinkedHashMap<>();
        for (StateMachineBuilder<S, E, C>.Edge e : b.edges) {
            Transition<S, E> t = new Transition<>(name, e.from, e.event, e.to, e.guardNames);
            all.add(t);
            Candidate<S, E, C> c = new Candidate<>(t, e.guardNames, e.guards, e.actions);
            int index = e.from.ordinal() * eventCount + e.event.ordinal();
            Candidate<S, E, C> tail = tails.put(index, c);
            if (tail == null) {
                cells.set(index, c);
            } else {
                tail.next = c;
            }
        }
        this.transitions = List.copyOf(all);
        this.table = Collections.unmodifiableList(cells);
    }

    /**
     * Starts declaring a state machine.
     *
     * @param name the machine's name, used in transition events and diagrams, such as
     *     {@code repair-order}
     * @param stateType the state enum
     * @param eventType the event enum
     * @param contextType the type of the context guards and actions receive
     * @param <S> the state type
     * @param <E> the event type
     * @param <C> the context type
     * @return the builder
     */
    public static <S extends Enum<S>, E extends Enum<E>, C> StateMachineBuilder<S, E, C> builder(
            String name, Class<S> stateType, Class<E> eventType, Class<C> contextType) {
        Objects.requireNonNull(contextType, "contextType");
        return new StateMachineBuilder<>(name, stateType, eventType);
    }

    /**
     * Fires an event. Finds the transitions leaving {@code current} on {@code event}, takes the
     * first whose guards all allow, runs its actions and returns it. Otherwise returns a
     * refusal and runs no action; to explain it, the guards of the events leaving
     * {@code current} run once more.
     *
     * @param current the aggregate's current state
     * @param event the event
     * @param context what guards and actions read; may be null if they accept null
     * @return the transition taken (the same instance every time), or the refusal
     * @throws NullPointerException if {@code current} or {@code event} is null
     */
    public FireResult<S, E> fire(S current, E event, C context) {
        for (Candidate<S, E, C> c = table.get(current.ordinal() * eventCount + event.ordinal()); c != null; c = c.next) {
            if (c.allows(context)) {
                c.act(context);
                return c.transition;
            }
        }
        return refuse(current, event, context);
    }

    /**
     * Fires an event and throws if it is refused.
     *
     * @param current the aggregate's current state
     * @param event the event
     * @param context what guards and actions read
     * @return the transition taken
     * @throws IllegalTransitionException naming the state, the event, the events allowed now
     *     and each refusing guard
     */
    public Transition<S, E> fireOrThrow(S current, E event, C context) {
        return fire(current, event, context).orThrow();
    }

    /**
     * Which events a state accepts for this context, and for each other event that has a
     * transition from it, every guard that refuses now. Runs guards, never actions.
     *
     * @param state the state
     * @param context the context guards read
     * @return the allowed and the refused events
     */
    public AllowedEvents<S, E> allowedEvents(S state, C context) {
        Objects.requireNonNull(state, "state");
        List<E> allowed = new ArrayList<>();
        Map<E, List<RefusingGuard>> refused = new LinkedHashMap<>();
        for (E event : events) {
            Candidate<S, E, C> first = table.get(state.ordinal() * eventCount + event.ordinal());
            if (first == null) {
                continue;
            }
            List<RefusingGuard> reasons = new ArrayList<>();
            boolean ok = false;
            for (Candidate<S, E, C> c = first; c != null && !ok; c = c.next) {
                ok = c.explain(context, reasons);
            }
            if (ok) {
                allowed.add(event);
            } else {
                refused.put(event, List.copyOf(reasons));
            }
        }
        return new AllowedEvents<>(state, allowed, refused);
    }

    /** Runs the guards of every event from the state once more, to explain the refusal. */
    private Refusal<S, E> refuse(S current, E event, C context) {
        AllowedEvents<S, E> options = allowedEvents(current, context);
        return new Refusal<>(current, event, options.allowed(), options.refused().getOrDefault(event, List.of()));
    }

    /**
     * The events that have at least one transition from a state, whatever the guards say.
     *
     * @param state the state
     * @return those events, in the order of the event enum
     */
    public Set<E> eventsFrom(S state) {
        Objects.requireNonNull(state, "state");
        Set<E> out = EnumSet.noneOf(eventType);
        for (E event : events) {
            if (table.get(state.ordinal() * eventCount + event.ordinal()) != null) {
                out.add(event);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** @return the machine's name */
    public String name() {
        return name;
    }

    /** @return the state enum */
    public Class<S> stateType() {
        return stateType;
    }

    /** @return the event enum */
    public Class<E> eventType() {
        return eventType;
    }

    /** @return every state, in enum order */
    public List<S> states() {
        return states;
    }

    /** @return the states a machine may start in */
    public Set<S> initialStates() {
        return initial;
    }

    /** @return the states no transition leaves */
    public Set<S> finalStates() {
        return finals;
    }

    /**
     * The whole graph: every transition, one per source state, in declaration order, with the
     * names of its guards.
     *
     * @return the transitions
     */
    public List<Transition<S, E>> transitions() {
        return transitions;
    }

    /**
     * The graph as a Mermaid {@code stateDiagram-v2}: an arrow from {@code [*]} to each initial
     * state, one arrow per transition labelled with its event and guards, and an arrow from
     * each final state to {@code [*]}.
     *
     * @return the diagram text
     */
    public String toMermaid() {
        return Diagrams.mermaid(states, initial, finals, transitions);
    }

    /**
     * The graph as a Graphviz DOT digraph: a start point with an arrow to each initial state,
     * final states drawn with a double border, one edge per transition labelled with its event
     * and guards.
     *
     * @return the diagram text
     */
    public String toDot() {
        return Diagrams.dot(name, states, initial, finals, transitions);
    }

    @Override
    public String toString() {
        return "StateMachineDefinition[" + name + ", " + states.size() + " states, " + transitions.size()
                + " transitions]";
    }

    private void check(StateMachineBuilder<S, E, C> b) {
        Violations v = new Violations(StateMachineMessages.MESSAGES);
        if (name.isEmpty()) {
            v.add("name", "definition.name");
        }
        if (initial.isEmpty()) {
            v.add("initial", "definition.noInitial");
        }
        Map<S, List<StateMachineBuilder<S, E, C>.Edge>> out = new LinkedHashMap<>();
        Map<String, List<StateMachineBuilder<S, E, C>.Edge>> byCell = new LinkedHashMap<>();
        Set<S> named = EnumSet.noneOf(stateType);
        named.addAll(initial);
        named.addAll(finals);
        for (StateMachineBuilder<S, E, C>.Edge e : b.edges) {
            named.add(e.from);
            named.add(e.to);
            out.computeIfAbsent(e.from, k -> new ArrayList<>()).add(e);
            byCell.computeIfAbsent(e.from + ", " + e.event, k -> new ArrayList<>()).add(e);
            if (finals.contains(e.from)) {
                v.add(edgePath(e), "definition.leavesFinal", e.from, e.event, e.to);
            }
            if (e.guardNames.stream().anyMatch(String::isBlank)) {
                v.add(edgePath(e), "definition.guardName", e.from, e.event);
            }
        }
        for (Map.Entry<String, List<StateMachineBuilder<S, E, C>.Edge>> cell : byCell.entrySet()) {
            List<StateMachineBuilder<S, E, C>.Edge> alternatives = cell.getValue();
            if (alternatives.size() > 1 && ambiguous(alternatives)) {
                StateMachineBuilder<S, E, C>.Edge e = alternatives.get(0);
                v.add(edgePath(e), "definition.ambiguous", e.from, e.event, alternatives.size(),
                        alternatives.stream().map(a -> a.to + (a.guardNames.isEmpty() ? "" : " " + a.guardNames))
                                .collect(Collectors.joining(", ")));
            }
        }
        Set<S> reachable = reachable(out);
        for (S s : states) {
            if (!named.contains(s)) {
                v.add("states." + s, "definition.unknownState", s);
            } else if (!reachable.contains(s) && !initial.isEmpty()) {
                v.add("states." + s, "definition.unreachable", s, initial);
            } else if (!finals.contains(s) && !out.containsKey(s)) {
                v.add("states." + s, "definition.deadEnd", s);
            }
        }
        v.throwIfPresent();
    }

    /**
     * Alternatives on one state and event are told apart when each but the last has at least
     * one guard and no two have the same set of guard names.
     */
    private static boolean ambiguous(List<? extends StateMachineBuilder<?, ?, ?>.Edge> alternatives) {
        Set<Set<String>> seen = new HashSet<>();
        for (int i = 0; i < alternatives.size(); i++) {
            StateMachineBuilder<?, ?, ?>.Edge e = alternatives.get(i);
            if (e.guardNames.isEmpty() && i < alternatives.size() - 1) {
                return true;
            }
            if (!seen.add(Set.copyOf(e.guardNames))) {
                return true;
            }
        }
        return false;
    }

    private Set<S> reachable(Map<S, List<StateMachineBuilder<S, E, C>.Edge>> out) {
        Set<S> seen = EnumSet.noneOf(stateType);
        Deque<S> todo = new ArrayDeque<>(initial);
        seen.addAll(initial);
        while (!todo.isEmpty()) {
            for (StateMachineBuilder<S, E, C>.Edge e : out.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(e.to)) {
                    todo.push(e.to);
                }
            }
        }
        return seen;
    }

    private static String edgePath(StateMachineBuilder<?, ?, ?>.Edge e) {
        return "transitions[" + e.from + ", " + e.event + "]";
    }

    /** One transition ready to fire, chained to the next alternative on the same state and event. */
    private static final class Candidate<S extends Enum<S>, E extends Enum<E>, C> {

        final Transition<S, E> transition;
        final List<String> guardNames;
        final List<Guard<? super C>> guards;
        final List<Action<S, E, ? super C>> actions;
        Candidate<S, E, C> next;

        Candidate(Transition<S, E> transition, List<String> guardNames, List<Guard<? super C>> guards,
                List<Action<S, E, ? super C>> actions) {
            this.transition = transition;
            this.guardNames = List.copyOf(guardNames);
            this.guards = List.copyOf(guards);
            this.actions = List.copyOf(actions);
        }

        boolean allows(C context) {
            for (int i = 0, n = guards.size(); i < n; i++) {
                if (guards.get(i).check(context) != GuardResult.Allowed.INSTANCE) {
                    return false;
                }
            }
            return true;
        }

        void act(C context) {
            for (int i = 0, n = actions.size(); i < n; i++) {
                actions.get(i).execute(transition, context);
            }
        }

        /** Runs every guard, adds each refusal to {@code reasons}, and says whether all allowed. */
        boolean explain(C context, List<RefusingGuard> reasons) {
            boolean ok = true;
            for (int i = 0; i < guards.size(); i++) {
                GuardResult r = guards.get(i).check(context);
                if (r instanceof GuardResult.Refused refused) {
                    reasons.add(new RefusingGuard(guardNames.get(i), refused.code(), refused.reason()));
                    ok = false;
                } else if (r == null) {
                    throw new NullPointerException("guard " + guardNames.get(i) + " of " + transition + " returned null");
                }
            }
            return ok;
        }
    }
}
