package org.aftersales.complaints;

import static org.aftersales.complaints.Fixture.LIU;
import static org.aftersales.complaints.Fixture.SERVICE;
import static org.aftersales.complaints.Fixture.WANG;
import static org.aftersales.complaints.Fixture.ZHOU;
import static org.aftersales.complaints.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.Violations;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.i18n.Messages;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.scoring.Applicability;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Derivation;
import org.aftersales.core.scoring.Level;
import org.aftersales.core.scoring.Outcome;
import org.aftersales.core.scoring.StandardItem;
import org.aftersales.core.scoring.Subject;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.Test;

/** K9: statistics from the tracking log, repeat complainers, training cases, and the scoring derivation. */
class StatisticsTest {

    final Fixture f = new Fixture("2026-11-02T09:00");

    ComplaintNumber closed(Cause cause, String category, String answerAt) {
        ComplaintNumber n = f.receive().number();
        f.now(answerAt);
        f.desk.answer(new ComplaintCommand.Answer(n, WANG, "On it"));
        f.desk.classify(new ComplaintCommand.Classify(n, WANG, cause, Severity.NORMAL, category));
        f.toResolving(n, cause);
        f.desk.resolve(new ComplaintCommand.Resolve(n, WANG, "Sorry",
                List.of(Remedy.of(RemedyKind.COMPENSATE, Money.ofYuan("20.00")))));
        f.desk.review(new ComplaintCommand.RecordReview(n, WANG, "Cause", "Lesson", "Action"));
        f.desk.tellResult(new ComplaintCommand.TellResult(n, WANG, "Phoned"));
        f.desk.close(new ComplaintCommand.Close(n, WANG));
        return n;
    }

    @Test
    void K9_statisticsByCategoryCauseDepartmentAndMonthWithRepeatComplainersAndTrainingCases() {
        ComplaintNumber inTime = closed(Cause.ATTITUDE, "reception", "2026-11-02T10:00");
        f.now("2026-11-03T09:00");
        ComplaintNumber late = closed(Cause.PRICE, "pricing", "2026-11-03T16:00");
        f.desk.keepForTraining(new ComplaintCommand.KeepForTraining(inTime, ZHOU, "Calm and quick"));
        f.now("2026-12-01T09:00");
        f.desk.receive(new ComplaintCommand.Receive(WANG, IntakeChannel.WRITTEN, Links.customer(CustomerId.of("C-2")),
                "Waited two hours", null, Severity.LOW));

        ComplaintStatistics s = f.desk.trackingLog().statistics(at("2026-11-01T00:00"), at("2027-01-01T00:00"),
                f.calendar.zone());
        assertThat(s.received()).isEqualTo(3);
        assertThat(s.byCategory()).containsExactly(Map.entry("-", 1L), Map.entry("pricing", 1L),
                Map.entry("reception", 1L));
        assertThat(s.byCause()).containsExactly(Map.entry(Cause.ATTITUDE, 1L), Map.entry(Cause.PRICE, 1L));
        assertThat(s.byDepartment()).containsExactly(Map.entry("-", 1L), Map.entry("service", 2L));
        assertThat(s.byMonth()).containsExactly(Map.entry(YearMonth.of(2026, 11), 2L),
                Map.entry(YearMonth.of(2026, 12), 1L));
        assertThat(s.repeatComplainers()).containsExactly(Map.entry(LIU, 2L));
        assertThat(s.answeredInTime()).containsExactly(Map.entry("service", new ComplaintStatistics.Share(1, 2)));
        assertThat(s.resolvedInTime()).containsExactly(Map.entry("service", new ComplaintStatistics.Share(2, 2)));
        assertThat(s.answeredInTime().get("service").percent()).isEqualTo(50.0);
        assertThat(s.trainingCases()).containsExactly(inTime);
        assertThat(f.desk.trackingLog().entry(late).orElseThrow().answeredInTime()).isFalse();
    }

    @Test
    void K9_theTrackingLogCanBeDroppedAndRebuiltFromTheEventLog() {
        closed(Cause.ATTITUDE, "reception", "2026-11-02T10:00");
        f.receive();
        List<TrackingEntry> live = f.desk.trackingLog().entries();
        TrackingLog fresh = new TrackingLog();
        assertThat(fresh.rebuild(f.storage.events())).isEqualTo(f.storage.events().since(0, 10_000).size());
        assertThat(fresh.entries()).isEqualTo(live).hasSize(2);
    }

    @Test
    void K9_complaintsAnsweredInTimeFeedTheDepartmentsScorecard() {
        closed(Cause.ATTITUDE, "reception", "2026-11-02T10:00");
        f.now("2026-11-03T09:00");
        closed(Cause.PRICE, "pricing", "2026-11-03T16:00");
        ComplaintsInTime derivation = new ComplaintsInTime();
        Violations problems = new Violations(Messages.of(l -> java.util.ResourceBundle.getBundle(
                "org.aftersales.complaints.messages", l)));
        derivation.checkSettings(Map.of("limit", "sometime"), problems);
        assertThat(problems.list()).extracting(v -> v.path()).containsExactly("limit");
        StandardItem item = StandardItem.derived("K-1", new LocalizedText("Complaints answered in time",
                "投诉按时答复"), Level.MUST, 5, Applicability.departments("service"),
                Derivation.of(ComplaintsInTime.KIND, Map.of("limit", "first-answer", "pass-at", "50")));
        List<org.aftersales.core.event.DomainEvent> events = f.storage.events().since(0, 10_000).stream()
                .map(StoredEvent::event).toList();
        DerivedResult result = derivation.derive(new DerivationInput(item, new Subject.Department(SERVICE, "service"),
                AssessmentPeriod.month(YearMonth.of(2026, 11)), at("2026-11-01T00:00"), at("2026-12-01T00:00"),
                at("2026-12-01T00:00"), events));
        assertThat(result.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(result.evidence().en()).startsWith("1 of 2");
        StandardItem resolution = StandardItem.derived("K-2", new LocalizedText("Resolved in time", "按时解决"),
                Level.MUST, 5, Applicability.departments("service"),
                Derivation.of(ComplaintsInTime.KIND, Map.of("limit", "resolution")));
        assertThat(derivation.derive(new DerivationInput(resolution, new Subject.Department(
                org.aftersales.core.id.DepartmentId.of("parts"), "parts"), AssessmentPeriod.month(YearMonth.of(2026,
                        11)), at("2026-11-01T00:00"), at("2026-12-01T00:00"), at("2026-12-01T00:00"), events))
                .outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void K9_theDerivationIsFoundByTheScoringHostThroughTheModuleDescriptor() {
        assertThat(org.aftersales.core.scoring.ItemDerivations.standard().find(ComplaintsInTime.KIND))
                .containsInstanceOf(ComplaintsInTime.class);
    }
}
