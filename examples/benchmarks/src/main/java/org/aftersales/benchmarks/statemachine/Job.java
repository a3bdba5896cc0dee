package org.aftersales.benchmarks.statemachine;

import org.aftersales.core.fixtures.RepairOrderGraph;

/**
 * The context the repair-order guards read and the actions write in the benchmarks; one per
 * thread. The graph itself is the shared fixture {@code org.aftersales.core.fixtures.RepairOrderGraph}
 * of core's tests jar, so every engine here is given exactly the graph core's tests check.
 */
public final class Job implements RepairOrderGraph.Facts {
    /** Read by the guards. */
    public final boolean estimateSigned = true;
    /** Read by the guards. */
    public final boolean partsReserved = true;
    /** Read by the guards. */
    public final boolean additionalWorkSigned = true;
    /** Read by the guards. */
    public final boolean washAccepted = true;
    /** Read by the guards. */
    public final boolean paid = true;
    /** Read by the guards. */
    public final boolean customerReached = true;
    /** Counted by the actions. */
    public long actions;

    @Override
    public boolean estimateSigned() {
        return estimateSigned;
    }

    @Override
    public boolean partsReserved() {
        return partsReserved;
    }

    @Override
    public boolean additionalWorkSigned() {
        return additionalWorkSigned;
    }

    @Override
    public boolean washAccepted() {
        return washAccepted;
    }

    @Override
    public boolean paid() {
        return paid;
    }

    @Override
    public boolean customerReached() {
        return customerReached;
    }
}
