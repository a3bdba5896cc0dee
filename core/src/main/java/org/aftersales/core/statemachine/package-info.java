/**
 * The state machine engine shared by every workflow of the library (C6): repair orders,
 * complaints, and whatever a user models the same way.
 *
 * <p>Declare a machine with {@link org.aftersales.core.statemachine.StateMachineDefinition#builder}
 * (states and events are enums; transitions carry named {@link org.aftersales.core.statemachine.Guard
 * guards} and {@link org.aftersales.core.statemachine.Action actions}). {@code build()} checks
 * the declaration and lists every problem at once. The built
 * {@link org.aftersales.core.statemachine.StateMachineDefinition} is immutable and thread-safe;
 * the current state is kept by the aggregate, not by the engine. Firing gives a
 * {@link org.aftersales.core.statemachine.Transition} (built once with the definition, so an
 * accepted event allocates nothing) or a {@link org.aftersales.core.statemachine.Refusal} that
 * explains itself; {@code fireOrThrow} raises
 * {@link org.aftersales.core.error.IllegalTransitionException} instead. A transition becomes a
 * domain event with {@link org.aftersales.core.statemachine.Transition#toEvent}.
 *
 * <p>Introspection gives the events allowed in a state for a context and why the others are
 * refused, and the whole graph, also as Mermaid and Graphviz DOT text.
 *
 * <p>Depends on {@code error}, {@code event} and {@code i18n} of core; nothing else.
 */
package org.aftersales.core.statemachine;
