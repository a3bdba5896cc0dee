/**
 * The state machine engine beside Spring Statemachine, squirrel-foundation, stateless4j and
 * Alibaba COLA, all running the same repair-order graph with the same guards and actions.
 */
package org.aftersales.benchmarks.statemachine;
