package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.ASSESSOR;
import static org.aftersales.core.scoring.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.scoring.Decision.Verdict;
import org.aftersales.core.scoring.spi.Placing;
import org.aftersales.core.scoring.spi.RewardPolicy;
import org.junit.jupiter.api.Test;

/** S2: rankings with the documented tie rule, and reward and penalty as a plugin. */
class RankingTest {

    /** K-1 MUST 3, K-2 SHOULD 3, K-3 SHOULD 14: 20 points for a parts clerk. */
    static final Catalogue SMALL = Catalogues.fromJson("""
            {"code": "counter", "title": {"en": "Counter", "zh": "柜台"}, "sections": [
              {"code": "main", "title": {"en": "Main", "zh": "主要"}, "items": [
                {"code": "K-1", "text": {"en": "one", "zh": "一"}, "level": "MUST", "points": 3, "appliesTo": {"roles": ["parts-clerk"]}},
                {"code": "K-2", "text": {"en": "two", "zh": "二"}, "level": "SHOULD", "points": 3, "appliesTo": {"roles": ["parts-clerk"]}},
                {"code": "K-3", "text": {"en": "three", "zh": "三"}, "level": "SHOULD", "points": 14, "appliesTo": {"roles": ["parts-clerk"]}}
              ]}]}
            """);

    static Subject.Staff clerk(String id) {
        return new Subject.Staff(StaffId.of(id), "parts-clerk", "parts");
    }

    static void record(Scoring scoring, String who, ItemResult k1, ItemResult k2, ItemResult k3) {
        scoring.record(Fixtures.command("A-" + who, "counter", clerk(who), MARCH, List.of(k1, k2, k3)));
    }

    static ItemResult pass(String c) {
        return ItemResult.passed(c, "ok", ASSESSOR);
    }

    static ItemResult fail(String c) {
        return ItemResult.failed(c, "not done", ASSESSOR);
    }

    static Scoring field(RewardPolicy policy) {
        Scoring scoring = Scoring.builder(Fixtures.CLOCK).catalogue(SMALL).rewardPolicy(policy).build();
        // P5 first so that the listing order is not the recording order
        record(scoring, "P5", pass("K-1"), fail("K-2"), fail("K-3"));           // 3 / 20 = 15%      D
        record(scoring, "P3", pass("K-1"), fail("K-2"), pass("K-3"));           // 17 / 20 = 85%     B
        record(scoring, "P1", pass("K-1"), pass("K-2"), pass("K-3"));           // 100%              A
        record(scoring, "P4", fail("K-1"), pass("K-2"), pass("K-3"));           // 17 / 20 = 85%, MUST failed: C
        record(scoring, "P2", pass("K-1"), fail("K-2"), pass("K-3"));           // 17 / 20 = 85%     B
        record(scoring, "P6", pass("K-1"), ItemResult.partly("K-2", new BigDecimal("2.1"), "some", ASSESSOR),
                ItemResult.notApplicable("K-3", "counter closed", ASSESSOR));  // 5.1 / 6 = 85%     B
        return scoring;
    }

    /**
     * 85% four times: P2 and P3 (no failed MUST, 17 points earned) tie at rank 2; P6 (no
     * failed MUST, 5.1 earned) comes next at rank 4 because the next rank skips the tie; P4
     * (a failed MUST item) is last of the four at rank 5.
     */
    @Test
    void S2_tiesShareARankAndTheNextRankSkips() {
        Ranking ranking = field(Scoring.defaultRewardPolicy()).rankStaff("counter", MARCH);
        assertThat(ranking.standings())
                .extracting(s -> s.subject().id().value(), Standing::rank, s -> s.score().percent().toPlainString())
                .containsExactly(
                        tuple("P1", 1, "100.00"),
                        tuple("P2", 2, "85.00"),
                        tuple("P3", 2, "85.00"),
                        tuple("P6", 4, "85.00"),
                        tuple("P4", 5, "85.00"),
                        tuple("P5", 6, "15.00"));
        assertThat(ranking.policy()).isEqualTo("standard");
    }

    /**
     * Standard policy on a field of 6: the top fifth is ceil(6 / 5) = 2 places, so ranks 1 and
     * 2 in grades A or B are rewarded (P1, and the tied P2 and P3); P4 (failed MUST) and P5
     * (grade D) are penalised; P6 (rank 4) gets neither.
     */
    @Test
    void S2_standardPolicyRewardsTheBestAndPenalisesTheWorst() {
        Ranking ranking = field(Scoring.defaultRewardPolicy()).rankStaff("counter", MARCH);
        assertThat(ranking.standings())
                .extracting(s -> s.subject().id().value(), s -> s.decision().verdict())
                .containsExactly(
                        tuple("P1", Verdict.REWARD),
                        tuple("P2", Verdict.REWARD),
                        tuple("P3", Verdict.REWARD),
                        tuple("P6", Verdict.NONE),
                        tuple("P4", Verdict.PENALTY),
                        tuple("P5", Verdict.PENALTY));
        assertThat(ranking.standings().get(4).decision().reason().en()).isEqualTo("Penalty: MUST items failed (K-1).");
        assertThat(ranking.standings().get(4).decision().reason().zh()).isEqualTo("罚：必须项未达标（K-1）。");
    }

    @Test
    void S2_aDealershipPolicyReplacesTheDefault() {
        RewardPolicy onlyFirst = new RewardPolicy() {
            @Override
            public String id() {
                return "only-first";
            }

            @Override
            public Decision decide(Placing p) {
                return p.rank() == 1
                        ? new Decision(Verdict.REWARD, new org.aftersales.core.i18n.LocalizedText("first", "第一"))
                        : new Decision(Verdict.NONE, new org.aftersales.core.i18n.LocalizedText("no", "无"));
            }
        };
        Ranking ranking = field(onlyFirst).rankStaff("counter", MARCH);
        assertThat(ranking.policy()).isEqualTo("only-first");
        assertThat(ranking.standings()).filteredOn(s -> s.decision().verdict() == Verdict.REWARD)
                .extracting(s -> s.subject().id().value()).containsExactly("P1");
    }

    @Test
    void S2_aFailingPolicyIsReportedByItsId() {
        RewardPolicy broken = new RewardPolicy() {
            @Override
            public String id() {
                return "broken-policy";
            }

            @Override
            public Decision decide(Placing p) {
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> field(broken).rankStaff("counter", MARCH))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo("broken-policy");
                    assertThat(e.getMessage()).contains("broken-policy").contains("boom");
                });
    }

    @Test
    void S2_staffAndDepartmentsAreRankedApart() {
        assertThat(field(Scoring.defaultRewardPolicy()).rankDepartments("counter", MARCH).standings()).isEmpty();
    }
}
