package org.aftersales.core.scoring.spi;

import org.aftersales.core.scoring.StandardRewardPolicy;
import org.aftersales.core.scoring.Decision;

/**
 * Decides reward and penalty from a ranking (奖优罚差, S2). A dealership's own policy
 * implements this interface and is handed to {@link org.aftersales.core.scoring.Scoring.Builder#rewardPolicy};
 * or it is declared as a service ({@code provides org.aftersales.core.scoring.spi.RewardPolicy
 * with ...}) and {@link org.aftersales.core.scoring.Scoring.Builder#discoverRewardPolicy()}
 * picks the one with the lowest {@link #order()}. With neither, {@link #standard()} decides.
 *
 * <p><b>Failure.</b> A policy that throws makes the ranking fail with a
 * {@link org.aftersales.core.error.PluginFailureException} naming the policy's
 * {@link #id()}. Implementations must be
 * stateless and thread-safe.
 */
public interface RewardPolicy {

    /** @return the policy's id, named in rankings and failures */
    String id();

    /** @return the precedence among discovered policies; lower wins; 0 by default */
    default int order() {
        return 0;
    }

    /**
     * Decides for one ranked subject.
     *
     * @param placing the subject's rank, the field size and its score
     * @return reward, nothing or penalty, with the reason
     */
    Decision decide(Placing placing);

    /**
     * The default policy ({@code standard}): a penalty for anyone with a failed MUST item or a
     * grade in the lowest band; otherwise a reward for the top fifth of the field (at least
     * the first rank, ties included) whose grade is in one of the two best bands; nothing for
     * the rest.
     *
     * @return the policy
     */
    static RewardPolicy standard() {
        return StandardRewardPolicy.INSTANCE;
    }
}
