package org.aftersales.benchmarks.statemachine;

import org.aftersales.core.fixtures.RepairOrderGraph;

/**
 * The context the repair-order guards read and the actions write in the benchmarks; one per
 * thread. The graph itself is the shared fixture {@code org.aftersales.core.fixtures.RepairOrderGraph}
 * of core's tests jar, so every engine here is given exactly the graph core's tests check.
 */
public final class Job extends RepairOrderGraph.Facts {
    /** Counted by the actions. */
    public long actions;
}
