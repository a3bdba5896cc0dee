package org.aftersales.inventory;

/** A {@link CancellationToken} set by calling {@link #cancel()}; safe to set from another thread. */
public final class CancellationFlag implements CancellationToken {

    private volatile boolean cancelled;

    /** Creates a flag that is not set. */
    public CancellationFlag() {
    }

    /** Asks the operation to stop. */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancellationRequested() {
        return cancelled;
    }
}
