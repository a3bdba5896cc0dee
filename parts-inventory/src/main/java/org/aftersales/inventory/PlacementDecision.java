package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;

/**
 * Where an incoming part goes, and why (P3). A value: JSON-serialisable with
 * {@link org.aftersales.core.json.AftersalesJson#mapper()}.
 *
 * @param part the part number
 * @param quantity how many pieces
 * @param ruleSet the rule set that decided
 * @param chosen the chosen bin with every rule's verdict
 * @param runnersUp the next best bins and why each lost
 * @param candidatesScored how many bins were scored (the rest were excluded by the indexes)
 * @param binsInWarehouse how many bins the layout has
 * @param summary one sentence for people
 */
public record PlacementDecision(
        PartNumber part, long quantity, String ruleSet, BinChoice chosen, List<RunnerUp> runnersUp,
        int candidatesScored, int binsInWarehouse, LocalizedText summary) {

    /** Copies the list. */
    public PlacementDecision {
        runnersUp = List.copyOf(runnersUp);
    }
}
