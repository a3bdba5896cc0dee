package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.ADVISOR;
import static org.aftersales.core.scoring.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.core.store.Storage;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.scoring.Fixtures.TestEvent;
import org.aftersales.core.scoring.spi.AssessmentStore;
import org.aftersales.core.scoring.spi.DerivationInput;
import org.aftersales.core.scoring.spi.DerivedResult;
import org.aftersales.core.scoring.spi.EventHistory;
import org.aftersales.core.scoring.spi.ItemDerivation;
import org.junit.jupiter.api.Test;

/** S3: derived items computed from recorded events over the period. */
class DerivedItemsTest {

    static final Actor SA01 = Actor.staff(StaffId.of("SA-01"));
    static final Actor SA02 = Actor.staff(StaffId.of("SA-02"));
    static final Actor AGENT = Actor.staff(StaffId.of("CC-01"));

    /**
     * Advisor SA-01's deliveries in March 2026 (clock: 2 April, 09:00 Shanghai):
     * 8 followed up within 3 days, 1 followed up after 5 days, 1 never (due 23 March),
     * 1 delivered on 31 March and not yet due, 1 by another advisor and 1 in February
     * (neither counted). Counted 10, on time 8 = 80%: below the 95% pass mark, at the 80%
     * partly-met mark, so it earns 4 * 8 / 10 = 3.20 of its 4 points.
     */
    static List<DomainEvent> followUps() {
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String day = String.format("2026-03-%02d", i + 1);
            events.add(TestEvent.of("repair-order.delivered", day + "T02:00:00Z", SA01, "RO-" + i));
            events.add(TestEvent.of("repair-order.followed-up", String.format("2026-03-%02d", i + 3) + "T02:00:00Z", AGENT, "RO-" + i));
        }
        events.add(TestEvent.of("repair-order.delivered", "2026-03-10T02:00:00Z", SA01, "RO-LATE"));
        events.add(TestEvent.of("repair-order.followed-up", "2026-03-15T02:00:00Z", AGENT, "RO-LATE"));
        events.add(TestEvent.of("repair-order.delivered", "2026-03-20T02:00:00Z", SA01, "RO-NEVER"));
        events.add(TestEvent.of("repair-order.delivered", "2026-03-31T08:00:00Z", SA01, "RO-PENDING"));
        events.add(TestEvent.of("repair-order.delivered", "2026-03-12T02:00:00Z", SA02, "RO-OTHER"));
        events.add(TestEvent.of("repair-order.delivered", "2026-02-27T02:00:00Z", SA01, "RO-FEB"));
        events.add(TestEvent.of("repair-order.followed-up", "2026-03-01T02:00:00Z", AGENT, "RO-FEB"));
        return events;
    }

    /**
     * A catalogue with one follow-up item over the built-in {@code event-response} derivation:
     * a call within 3 days of delivery, 95% passes, from 80% partly met, 4 points.
     */
    static Catalogue followUpCatalogue() {
        return Catalogues.fromJson("""
                {"code": "follow-up", "title": {"en": "Follow-up", "zh": "回访"}, "sections": [
                  {"code": "calls", "title": {"en": "Calls", "zh": "电话"}, "items": [
                    {"code": "FUP-1", "text": {"en": "call within three days", "zh": "三天内回访"}, "level": "MUST",
                     "points": 4, "appliesTo": {"roles": ["service-advisor"]}, "evidence": "DERIVED",
                     "derivation": {"kind": "event-response", "settings": {"start": "repair-order.delivered",
                       "answer": "repair-order.followed-up", "within": "P3D", "pass-at": "95", "partly-at": "80"}}}
                  ]}]}
                """);
    }

    static Scoring scoring(AssessmentStore store, ItemDerivations derivations) {
        return Scoring.builder(Fixtures.CLOCK)
                .catalogue(Catalogues.serviceFrontDesk())
                .store(store)
                .events(EventHistory.of(followUps()))
                .derivations(derivations)
                .build();
    }

    @Test
    void S3_anEventResponseItemPairsDeliveriesWithFollowUpsWithinThreeDays() {
        Catalogue c = followUpCatalogue();
        Scoring scoring = Scoring.builder(Fixtures.CLOCK).catalogue(c).events(EventHistory.of(followUps())).build();
        Assessment a = scoring.record(Fixtures.command("A-FD", "follow-up", ADVISOR, MARCH,
                Fixtures.passedExcept(c, ADVISOR, Map.of())));
        ItemResult followUp = a.result(ItemCode.of("FUP-1")).orElseThrow();
        assertThat(followUp.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(followUp.awarded()).isEqualByComparingTo("3.20");
        assertThat(followUp.assessor()).isEqualTo(Actor.system("derivation:event-response"));
        assertThat(followUp.evidence()).contains("8 of 10").contains("80.00%").contains("1 not yet due")
                .contains("10 个").contains("有 8 个");
    }

    /**
     * The shipped front-desk catalogue counts the follow-up by the service blueprint's
     * deadline (working days), not by a plain span of days, so that the scorecard and the
     * deadline agree across a holiday; no complaint received makes FD-FUP-02 not applicable.
     */
    @Test
    void S3_theShippedFollowUpItemCountsTheBlueprintsFollowUpDeadline() {
        Derivation d = Catalogues.serviceFrontDesk().item(ItemCode.of("FD-FUP-01")).orElseThrow()
                .derivationIfAny().orElseThrow();
        assertThat(d.kind()).isEqualTo("deadline-kept");
        assertThat(d.settings()).containsEntry("standard", "service.follow-up");
        Scoring scoring = scoring(Scoring.assessmentStore(Storage.inMemory()), ItemDerivations.standard());
        Assessment a = scoring.record(Fixtures.command("A-FD", "service-front-desk", ADVISOR, MARCH,
                Fixtures.passedExcept(Catalogues.serviceFrontDesk(), ADVISOR, Map.of())));
        assertThat(a.result(ItemCode.of("FD-FUP-01")).orElseThrow().outcome())
                .as("no follow-up deadline in these events").isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(a.result(ItemCode.of("FD-FUP-02")).orElseThrow().outcome())
                .as("no complaint was received").isEqualTo(Outcome.NOT_APPLICABLE);
    }

    /** With five days allowed, the follow-up made after 5 days is on time too: 9 of 10 = 90%. */
    @Test
    void S3_theNumberOfDaysForAFollowUpIsASetting() {
        Catalogue fiveDays = followUpCatalogue().withDerivationSetting(ItemCode.of("FUP-1"), "within", "P5D");
        Scoring scoring = Scoring.builder(Fixtures.CLOCK).catalogue(fiveDays).events(EventHistory.of(followUps())).build();
        Assessment a = scoring.record(Fixtures.command("A-FD5", "follow-up", ADVISOR, MARCH,
                Fixtures.passedExcept(fiveDays, ADVISOR, Map.of())));
        ItemResult followUp = a.result(ItemCode.of("FUP-1")).orElseThrow();
        assertThat(followUp.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(followUp.awarded()).isEqualByComparingTo("3.60");
        assertThat(followUp.evidence()).contains("9 of 10");
        var bad = followUpCatalogue().withDerivationSetting(ItemCode.of("FUP-1"), "within", "soon");
        assertThatThrownBy(() -> Scoring.builder(Fixtures.CLOCK).catalogue(bad).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("scoring.setting.duration"));
    }

    @Test
    void S3_aDepartmentCountsEveryonesEvents() {
        Catalogue c = Catalogues.fromJson("""
                {"code": "counter", "title": {"en": "Counter", "zh": "柜台"}, "sections": [
                  {"code": "main", "title": {"en": "Main", "zh": "主要"}, "items": [
                    {"code": "K-1", "text": {"en": "answer requests", "zh": "答复要件"}, "level": "SHOULD", "points": 3,
                     "appliesTo": {"departments": ["service"]}, "evidence": "DERIVED",
                     "derivation": {"kind": "event-count", "settings": {"type": "repair-order.delivered", "at-least": "15", "partly-at": "10"}}}
                  ]}]}
                """);
        Scoring scoring = Scoring.builder(Fixtures.CLOCK).catalogue(c).events(EventHistory.of(followUps())).build();
        var service = new Subject.Department(org.aftersales.core.id.DepartmentId.of("D-SVC"), "service");
        Assessment a = scoring.record(Fixtures.command("A-DEP", "counter", service, MARCH, List.of()));
        // 12 deliveries in March by anyone: 8 + late + never + pending + other advisor
        ItemResult r = a.result(ItemCode.of("K-1")).orElseThrow();
        assertThat(r.outcome()).isEqualTo(Outcome.PARTLY_MET);
        assertThat(r.awarded()).isEqualByComparingTo(new BigDecimal("2.40"));
        assertThat(a.score().percent()).isEqualByComparingTo("80.00");
    }

    @Test
    void S3_aFailingDerivationIsReportedByKindAndNothingIsStored() {
        ItemDerivation broken = new ItemDerivation() {
            @Override
            public String kind() {
                return "event-response";
            }

            @Override
            public void checkSettings(Map<String, String> settings, Violations problems) {
            }

            @Override
            public DerivedResult derive(DerivationInput input) {
                throw new IllegalStateException("event store offline");
            }
        };
        AssessmentStore store = Scoring.assessmentStore(Storage.inMemory());
        Scoring scoring = scoring(store, ItemDerivations.builtIn().with(broken));
        var command = Fixtures.command("A-FD", "service-front-desk", ADVISOR, MARCH,
                Fixtures.passedExcept(Catalogues.serviceFrontDesk(), ADVISOR, Map.of()));
        assertThatThrownBy(() -> scoring.record(command))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo("event-response");
                    assertThat(e.text().en()).contains("event-response").contains("event store offline");
                });
        assertThat(store.find(AssessmentId.of("A-FD"))).isEmpty();
    }

    static ItemDerivation derivation(String kind, RuntimeException onCheck) {
        return new ItemDerivation() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void checkSettings(Map<String, String> settings, Violations problems) {
                if (onCheck != null) {
                    throw onCheck;
                }
            }

            @Override
            public DerivedResult derive(DerivationInput input) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void C8_aDerivationThatThrowsWhileCheckingSettingsIsReportedByKindAndNoServiceIsBuilt() {
        ItemDerivation broken = derivation("event-response", new IllegalArgumentException("settings unreadable"));
        var builder = Scoring.builder(Fixtures.CLOCK)
                .catalogue(Catalogues.serviceFrontDesk())
                .derivations(ItemDerivations.builtIn().with(broken));
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo("event-response");
                    assertThat(e.getCause()).hasMessage("settings unreadable");
                });
    }

    @Test
    void C8_twoDerivationsOfOneKindAreOneDuplicateIdError() {
        assertThatThrownBy(() -> ItemDerivations.of(List.of(derivation("late-count", null), derivation("late-count", null))))
                .isInstanceOfSatisfying(PluginFailureException.class,
                        e -> assertThat(e.pluginId()).isEqualTo("late-count"));
        assertThat(ItemDerivations.of(List.of(derivation("event-count", null))).find("event-count"))
                .as("a derivation of a built-in kind takes the built-in's place")
                .get().isNotInstanceOf(EventCountDerivation.class);
    }

    @Test
    void S3_aServiceRefusesCataloguesNamingDerivationsItDoesNotHave() {
        var builder = Scoring.builder(Fixtures.CLOCK)
                .catalogue(Catalogues.serviceFrontDesk())
                .derivations(ItemDerivations.only(List.of()));
        assertThatThrownBy(builder::build)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly(
                                "catalogues.service-front-desk.sections[0].items[7].derivation.kind",
                                "catalogues.service-front-desk.sections[0].items[8].derivation.kind",
                                "catalogues.service-front-desk.sections[3].items[4].derivation.kind",
                                "catalogues.service-front-desk.sections[5].items[3].derivation.kind",
                                "catalogues.service-front-desk.sections[5].items[4].derivation.kind"));
    }
}
