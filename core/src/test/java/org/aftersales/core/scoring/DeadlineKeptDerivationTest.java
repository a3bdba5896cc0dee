package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.ADVISOR;
import static org.aftersales.core.scoring.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.event.StandardOutcome;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.scoring.spi.EventHistory;
import org.junit.jupiter.api.Test;

/** S3: the built-in {@code deadline-kept} derivation counts obligations kept by their owner. */
class DeadlineKeptDerivationTest {

    record Outcome1(EventMetadata metadata, String standard, StaffId owner, String obligation, boolean kept)
            implements StandardOutcome {

        static Outcome1 of(String at, String owner, String obligation, boolean kept) {
            return new Outcome1(new EventMetadata(EventId.of(obligation + "@" + at), Instant.parse(at),
                    Actor.system("deadlines"), CorrelationId.of(obligation)), "service.reconfirm", StaffId.of(owner),
                    obligation, kept);
        }
    }

    /**
     * SA-01 in March, by hand: five calls kept, one missed and then made late (one obligation,
     * not kept): 5 of 6 = 83.33%, partly met at 80%, 2 x 5 / 6 = 1.66 points (rounded down).
     * SA-02's miss and SA-01's February call are not counted.
     */
    @Test
    void S3_deadlinesKeptAreCountedPerObligationForTheirOwner() {
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            events.add(Outcome1.of(String.format("2026-03-%02dT02:00:00Z", i + 1), "SA-01", "AP-" + i, true));
        }
        events.add(Outcome1.of("2026-03-10T02:00:00Z", "SA-01", "AP-6", false));
        events.add(Outcome1.of("2026-03-10T05:00:00Z", "SA-01", "AP-6", false));
        events.add(Outcome1.of("2026-03-11T02:00:00Z", "SA-02", "AP-7", false));
        events.add(Outcome1.of("2026-02-27T02:00:00Z", "SA-01", "AP-8", true));
        Scoring scoring = Scoring.builder(Fixtures.CLOCK).catalogue(Catalogues.serviceFrontDesk())
                .events(EventHistory.of(events)).build();
        Assessment a = scoring.record(Fixtures.command("A-KEPT", "service-front-desk", ADVISOR, MARCH,
                Fixtures.passedExcept(Catalogues.serviceFrontDesk(), ADVISOR, Map.of())));
        ItemResult reconfirm = a.result(ItemCode.of("FD-REC-08")).orElseThrow();
        assertThat(reconfirm.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(reconfirm.awarded()).isEqualByComparingTo("1.66");
        assertThat(reconfirm.assessor()).isEqualTo(Actor.system("derivation:deadline-kept"));
        assertThat(reconfirm.evidence()).contains("5 of 6").contains("83.33%").contains("个时限中有 5 个");
        assertThat(a.result(ItemCode.of("FD-SET-05")).orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void S3_aDeadlineKeptItemChecksItsSettings() {
        var problems = new org.aftersales.core.error.Violations(ScoringMessages.MESSAGES);
        new DeadlineKeptDerivation().checkSettings(Map.of("pass-at", "80", "partly-at", "90", "within", "P1D"), problems);
        assertThat(problems.list()).extracting(org.aftersales.core.error.Violation::path)
                .containsExactlyInAnyOrder("within", "standard", "partly-at");
    }
}
