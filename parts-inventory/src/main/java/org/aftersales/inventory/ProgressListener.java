package org.aftersales.inventory;

/**
 * Hears how far a long audit or re-slotting has got (P4). Called on the caller's thread,
 * between steps; must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * Reports progress.
     *
     * @param phase what is being done, such as {@code audit}, {@code hard} or {@code soft}
     * @param done how many items are done
     * @param total how many items there are in this phase
     */
    void progress(String phase, int done, int total);
}
