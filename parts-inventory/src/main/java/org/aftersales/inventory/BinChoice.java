package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.id.BinCode;

/**
 * A bin as judged by a rule set: its total soft score and every rule's verdict.
 *
 * @param bin the location code
 * @param kind the kind of rack
 * @param levelHeightMm height of the level above the floor
 * @param distanceToCounterM walking distance from the parts counter
 * @param score the weighted soft score, 0 to 1
 * @param verdicts each rule's verdict, hard rules first
 */
public record BinChoice(
        BinCode bin, RackKind kind, int levelHeightMm, double distanceToCounterM, double score,
        List<RuleVerdict> verdicts) {

    /** Copies the list. */
    public BinChoice {
        verdicts = List.copyOf(verdicts);
    }
}
