package org.aftersales.core.scoring;

/** How an item's result is established (S1). */
public enum EvidenceSource {
    /** An assessor watches or checks and records the result by hand. */
    OBSERVED,
    /**
     * The result is computed from recorded domain events by an
     * {@link org.aftersales.core.scoring.spi.ItemDerivation}; the item names the derivation.
     */
    DERIVED
}
