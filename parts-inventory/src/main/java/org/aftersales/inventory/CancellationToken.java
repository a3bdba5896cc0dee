package org.aftersales.inventory;

/**
 * Asks a long operation to stop early (P4). The operation polls it between steps; nothing
 * in the model starts a thread. Use {@link CancellationFlag} or any implementation of your
 * own, such as one that reads a deadline from a clock.
 */
@FunctionalInterface
public interface CancellationToken {

    /** A token that never cancels. */
    CancellationToken NEVER = () -> false;

    /** @return true once the caller wants the operation to stop */
    boolean isCancellationRequested();
}
