package org.aftersales.core.scoring.spi;

import org.aftersales.core.plugin.Plugin;
import org.aftersales.core.scoring.Decision;

/**
 * Decides reward and penalty from a ranking (奖优罚差, S2). A dealership's own policy
 * implements this interface and is handed to {@link org.aftersales.core.scoring.Scoring.Builder#rewardPolicy};
 * or it is declared as a service ({@code provides org.aftersales.core.scoring.spi.RewardPolicy
 * with ...}) and {@link org.aftersales.core.scoring.Scoring.Builder#discoverRewardPolicy()}
 * picks the one with the lowest {@link #order()}, through {@link org.aftersales.core.plugin.PluginHost}
 * like every extension point. With neither, the library's default decides
 * ({@link org.aftersales.core.scoring.Scoring#defaultRewardPolicy()}).
 *
 * <p><b>Failure.</b> A policy that throws makes the ranking fail with a
 * {@link org.aftersales.core.error.PluginFailureException} naming the policy's
 * {@link #id()}. Implementations must be
 * stateless and thread-safe.
 */
public interface RewardPolicy extends Plugin {

    /**
     * Decides for one ranked subject.
     *
     * @param placing the subject's rank, the field size and its score
     * @return reward, nothing or penalty, with the reason
     */
    Decision decide(Placing placing);
}
