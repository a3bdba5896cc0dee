package org.aftersales.inventory;

import java.util.Objects;
import org.aftersales.core.error.Violations;

/**
 * How a re-slotting plan is made (P4).
 *
 * @param maxSoftMoves the most moves made only to raise the soft score (default 200); moves
 *     that remove hard violations are not limited
 * @param minSoftGain the least rise of a line's soft score (0 to 1) that justifies moving it
 *     (default 0.1)
 * @param listener hears progress
 * @param cancellation stops the planning early; the moves so far are returned
 */
public record ReslottingOptions(int maxSoftMoves, double minSoftGain, ProgressListener listener,
        CancellationToken cancellation) {

    /** Checks the numbers; absent listener and token mean none. */
    public ReslottingOptions {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        if (maxSoftMoves < 0 || maxSoftMoves > 10_000_000) {
            v.add("maxSoftMoves", "settings.range", maxSoftMoves, 0, 10_000_000);
        }
        if (!(minSoftGain > 0) || minSoftGain > 1) {
            v.add("minSoftGain", "settings.range", minSoftGain, 0, 1);
        }
        v.throwIfPresent();
        listener = Objects.requireNonNullElse(listener, ProgressListener.NONE);
        cancellation = Objects.requireNonNullElse(cancellation, CancellationToken.NEVER);
    }

    /** @return the defaults: 200 soft moves, gain 0.1, no listener, never cancelled */
    public static ReslottingOptions defaults() {
        return new ReslottingOptions(200, 0.1, ProgressListener.NONE, CancellationToken.NEVER);
    }

    /**
     * @param value a listener
     * @return these options with the listener
     */
    public ReslottingOptions withListener(ProgressListener value) {
        return new ReslottingOptions(maxSoftMoves, minSoftGain, value, cancellation);
    }

    /**
     * @param value a token
     * @return these options with the token
     */
    public ReslottingOptions withCancellation(CancellationToken value) {
        return new ReslottingOptions(maxSoftMoves, minSoftGain, listener, value);
    }

    /**
     * @param value the soft move budget
     * @return these options with the budget
     */
    public ReslottingOptions withMaxSoftMoves(int value) {
        return new ReslottingOptions(value, minSoftGain, listener, cancellation);
    }
}
