package org.aftersales.inventory;

import java.util.List;

/**
 * A plan of moves that removes every hard violation it can and improves the soft score with
 * few moves (P4). Applying the moves in order to the audited stock is always legal: each move
 * goes to a bin allowed at that point. JSON-serialisable.
 *
 * @param ruleSet the rule set
 * @param moves the moves, in the order to carry them out
 * @param hardViolationsBefore hard violations before the plan
 * @param hardViolationsAfter hard violations once the plan is applied
 * @param softScoreBefore mean soft score before
 * @param softScoreAfter mean soft score after
 * @param unresolved hard violations no move could remove (no bin fits), with the reason
 * @param complete false when the plan was cancelled before it finished; its moves are still
 *     legal
 */
public record ReslottingPlan(
        String ruleSet, List<Move> moves, int hardViolationsBefore, int hardViolationsAfter,
        double softScoreBefore, double softScoreAfter, List<Finding> unresolved, boolean complete) {

    /** Copies the lists. */
    public ReslottingPlan {
        moves = List.copyOf(moves);
        unresolved = List.copyOf(unresolved);
    }
}
