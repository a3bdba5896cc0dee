package org.aftersales.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * The subjects of one kind (staff or departments) assessed against one catalogue for one
 * period, best first, with the reward and penalty decisions (S2, 奖优罚差).
 *
 * <p><b>Order and ties.</b> Higher percentage first. Equal percentages (to the 2 decimals a
 * score is rounded to) are broken by fewer failed MUST items, then by more points earned
 * (a wider assessment at the same rate ranks higher). Subjects still equal on all three are
 * tied: they share the rank, the next rank skips as many places (standard competition
 * ranking, 1, 2, 2, 4), and they are listed by id so the order is stable.
 *
 * @param catalogue the catalogue code
 * @param period the period
 * @param policy the id of the reward and penalty policy that decided
 * @param standings best first
 */
public record Ranking(String catalogue, AssessmentPeriod period, String policy, List<Standing> standings) {

    /** Checks the parts are present. */
    public Ranking {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        standings = List.copyOf(standings);
    }
}
