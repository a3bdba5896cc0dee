package org.aftersales.complaints;

import static org.aftersales.complaints.Fixture.WANG;
import static org.aftersales.complaints.Fixture.WORKSHOP;
import static org.aftersales.complaints.Fixture.ZHAO;
import static org.aftersales.complaints.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.aftersales.complaints.spi.ComplaintRouting;
import org.aftersales.complaints.spi.RoutingQuestion;
import org.aftersales.complaints.spi.SlaPolicy;
import org.aftersales.core.deadline.EscalationStep;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.DepartmentId;
import org.junit.jupiter.api.Test;

/** K3, K10: the routing and SLA policy plugins, and what a throwing one does. */
class PluginTest {

    static ComplaintRouting routing(String id, int order, java.util.function.Function<RoutingQuestion,
            Optional<DepartmentId>> answer) {
        return new ComplaintRouting() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<DepartmentId> route(RoutingQuestion question) {
                return answer.apply(question);
            }
        };
    }

    static ComplaintNumber readyToSolve(Fixture f, Cause cause) {
        ComplaintNumber n = f.receive().number();
        f.desk.classify(new ComplaintCommand.Classify(n, WANG, cause, Severity.NORMAL, "brakes"));
        f.desk.listen(new ComplaintCommand.Listen(n, WANG, "Heard out"));
        f.desk.analyse(new ComplaintCommand.Analyse(n, WANG, "Found", "Wants"));
        f.desk.decide(new ComplaintCommand.Decide(n, ZHAO, true, "Accept"));
        return n;
    }

    @Test
    void K3_theBuiltInRoutingSendsEachCauseToItsDepartment() {
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = readyToSolve(f, Cause.REPAIR_WORK);
        Complaint c = f.desk.findSolution(new ComplaintCommand.FindSolution(n, WANG, "Redo", true));
        assertThat(c.department()).isEqualTo(WORKSHOP);
        assertThat(c.owner()).isEqualTo(WANG);
    }

    @Test
    void K3_aRoutingPluginAnswersBeforeTheBuiltInAndOnePassingLeavesItToTheNext() {
        DepartmentId body = DepartmentId.of("body-shop");
        Fixture f = new Fixture("2026-11-23T09:00", b -> b.routing(
                routing("pass", 1, q -> Optional.empty()),
                routing("brakes-to-body-shop", 2, q -> q.category().equals("brakes") ? Optional.of(body)
                        : Optional.empty())));
        ComplaintNumber n = readyToSolve(f, Cause.REPAIR_WORK);
        assertThat(f.desk.findSolution(new ComplaintCommand.FindSolution(n, WANG, "Redo", true)).department())
                .isEqualTo(body);
        assertThat(f.storage.events().since(0, 1000)).extracting(e -> e.event())
                .filteredOn(e -> e instanceof ComplaintEvent.Routed)
                .singleElement().satisfies(e -> assertThat(((ComplaintEvent.Routed) e).routing())
                        .isEqualTo("brakes-to-body-shop"));
    }

    @Test
    void K3_aRoutingPluginThatThrowsIsReportedByItsIdAndNothingIsStored() {
        Fixture f = new Fixture("2026-11-23T09:00", b -> b.routing(routing("broken-router", 0, q -> {
            throw new IllegalStateException("routing table missing");
        })));
        ComplaintNumber n = readyToSolve(f, Cause.PART);
        long version = f.storage.repository(ComplaintDesk.TYPE).get(n).version();
        int events = f.storage.events().since(0, 1000).size();
        assertThatThrownBy(() -> f.desk.findSolution(new ComplaintCommand.FindSolution(n, WANG, "Replace", true)))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.pluginId()).isEqualTo("broken-router");
                    assertThat(e.getCause()).hasMessage("routing table missing");
                });
        assertThat(f.storage.repository(ComplaintDesk.TYPE).get(n).version()).isEqualTo(version);
        assertThat(f.desk.get(n).stage()).isEqualTo(Stage.FINDING_SOLUTION);
        assertThat(f.storage.events().since(0, 1000)).hasSize(events);
        // without routing, the same step goes through
        assertThat(f.desk.findSolution(new ComplaintCommand.FindSolution(n, WANG, "Replace", false)).stage())
                .isEqualTo(Stage.RESOLVING);
    }

    @Test
    void K10_anSlaPolicyPluginSetsTheTargets() {
        SlaPolicy quick = StandardSlaPolicy.defaults().withId("quick").withTargets(Severity.NORMAL,
                new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(8)));
        Fixture f = new Fixture("2026-11-23T09:00", b -> b.slaPolicy(quick));
        assertThat(f.desk.policy().id()).isEqualTo("quick");
        assertThat(f.receive().due()).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-23T09:30"))
                .containsEntry(Obligation.RESOLUTION, at("2026-11-24T09:30"));
    }

    @Test
    void K10_anSlaPolicyThatThrowsIsReportedByItsIdAndChangesNothing() {
        SlaPolicy broken = new SlaPolicy() {
            @Override
            public String id() {
                return "broken-sla";
            }

            @Override
            public SlaTargets targets(Severity severity) {
                throw new IllegalArgumentException("no table for " + severity);
            }

            @Override
            public List<EscalationStep> steps(Severity severity, Obligation obligation) {
                return List.of();
            }
        };
        assertThatThrownBy(() -> new Fixture("2026-11-23T09:00", b -> b.slaPolicy(broken)))
                .isInstanceOfSatisfying(PluginFailureException.class,
                        e -> assertThat(e.pluginId()).isEqualTo("broken-sla"));
        Fixture f = new Fixture("2026-11-23T09:00");
        ComplaintNumber n = f.receive().number();
        assertThatThrownBy(() -> f.desk.usePolicy(broken)).isInstanceOfSatisfying(PluginFailureException.class,
                e -> assertThat(e.pluginId()).isEqualTo("broken-sla"));
        assertThat(f.desk.policy().id()).isEqualTo(StandardSlaPolicy.ID);
        assertThat(f.due(n)).containsEntry(Obligation.FIRST_ANSWER, at("2026-11-23T14:30"));
    }

    @Test
    void K3_twoRoutingPluginsWithOneIdAreRefused() {
        assertThatThrownBy(() -> new Fixture("2026-11-23T09:00", b -> b.routing(
                routing("same", 0, q -> Optional.empty()), routing("same", 1, q -> Optional.empty()))))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> assertThat(e.pluginId()).isEqualTo("same"));
    }
}
