package org.aftersales.core.scoring;

import org.aftersales.core.scoring.spi.Placing;
import org.aftersales.core.scoring.spi.RewardPolicy;

/**
 * The default reward and penalty policy: a penalty for a failed MUST item or a grade in the
 * lowest band; a reward for the top fifth of the field (at least rank 1, ties included) in
 * one of the two best bands; nothing otherwise.
 */
final class StandardRewardPolicy implements RewardPolicy {

    /** The one instance. */
    public static final StandardRewardPolicy INSTANCE = new StandardRewardPolicy();

    private StandardRewardPolicy() {
    }

    @Override
    public String id() {
        return "standard";
    }

    @Override
    public Decision decide(Placing p) {
        int position = p.scheme().position(p.score().grade());
        int lowest = p.scheme().bands().size() - 1;
        if (p.score().flagged()) {
            return new Decision(Decision.Verdict.PENALTY, ScoringMessages.MESSAGES.text(
                    "scoring.policy.failedMust", String.join(", ", p.score().failedMust().stream().map(Object::toString).toList())));
        }
        if (position == lowest) {
            return new Decision(Decision.Verdict.PENALTY,
                    ScoringMessages.MESSAGES.text("scoring.policy.lowestGrade", p.score().grade().code()));
        }
        int rewarded = Math.max(1, (int) Math.ceil(p.fieldSize() / 5.0));
        if (p.rank() <= rewarded && position <= 1) {
            return new Decision(Decision.Verdict.REWARD,
                    ScoringMessages.MESSAGES.text("scoring.policy.top", p.rank(), p.fieldSize(), p.score().grade().code()));
        }
        return new Decision(Decision.Verdict.NONE, ScoringMessages.MESSAGES.text("scoring.policy.none"));
    }
}
