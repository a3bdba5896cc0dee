package org.aftersales.serviceflow.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.aftersales.core.deadline.Standard;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.party.Role;
import org.junit.jupiter.api.Test;

/** F15: the shipped blueprint, its diagram, its timed standards and refusals of bad documents. */
class ServiceBlueprintTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ServiceBlueprintTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void F15_theBlueprintDiagramEqualsTheExpectedText() throws IOException {
        assertThat(ServiceBlueprint.defaults().toMermaid()).isEqualTo(resource("expected-blueprint.mmd"));
    }

    @Test
    void F15_theDiagramSpeaksChineseToo() {
        String zh = ServiceBlueprint.defaults().toMermaid(Locale.CHINESE);
        assertThat(zh).contains("subgraph CUSTOMER[\"客户行为\"]").contains("到店前再次确认").contains("服务顾问");
    }

    @Test
    void F15_everyStepHasItsLaneRoleStandardAndMomentsOfTruth() {
        ServiceBlueprint b = ServiceBlueprint.defaults();
        assertThat(b.steps()).extracting(BlueprintStep::lane).contains(Lane.CUSTOMER, Lane.FRONT_STAGE, Lane.BACK_STAGE);
        assertThat(b.steps()).allSatisfy(s -> {
            assertThat(s.role() == null).isEqualTo(s.lane() == Lane.CUSTOMER);
            assertThat(s.standard().en()).isNotBlank();
            assertThat(s.standard().zh()).isNotBlank();
            assertThat(s.momentsOfTruth()).isNotEmpty();
            assertThat(s.countermeasures()).isNotEmpty();
        });
        assertThat(b.steps()).filteredOn(s -> s.timed() != null).extracting(BlueprintStep::timed)
                .containsExactlyInAnyOrderElementsOf(b.timedStandards().stream().map(TimedStandard::code).toList());
    }

    @Test
    void F15_timedStandardsBecomeCoreStandardsInBusinessTime() {
        var standards = ServiceBlueprint.defaults().standards(DepartmentId.of("service"));
        assertThat(standards).extracting(Standard::code).containsExactly("service.reconfirm", "service.arrival",
                "service.additional-approval", "service.reception-wait", "service.settlement-sheet", "service.follow-up");
        Standard followUp = standards.get(5);
        assertThat(followUp.target().workingDays()).isTrue();
        assertThat(followUp.target().duration()).isEqualTo(Duration.ofDays(3));
        Standard sheet = standards.get(4);
        assertThat(sheet.target().isBusiness()).isTrue();
        assertThat(sheet.target().workingDays()).isFalse();
        TimedStandard t = ServiceBlueprint.defaults().timedStandard("service.settlement-sheet").orElseThrow();
        assertThat(t.pausedBy()).contains("repair-order.waiting-for-parts", "repair-order.additional-work-found");
        assertThat(t.role()).isEqualTo(Role.SERVICE_ADVISOR);
    }

    @Test
    void F15_aBadBlueprintIsRefusedWithEveryProblemListed() {
        String json = """
                {"code": "", "title": {"en": "T"},
                 "steps": [
                   {"code": "a", "lane": "FRONT_STAGE", "role": "astronaut",
                    "action": {"en": "x", "zh": "甲"}, "standard": {"en": "y", "zh": "乙"}, "timed": "nope"},
                   {"code": "a", "lane": "BACK_STAGE",
                    "action": {"en": "x", "zh": "甲"}, "standard": {"en": "y", "zh": "乙"}}],
                 "timedStandards": [
                   {"code": "t1", "role": "service-advisor", "text": {"en": "t", "zh": "时"},
                    "subjectKind": "repair-order", "measure": "WORKING_DAYS", "within": "PT5H",
                    "before": "PT1M", "startOn": [], "metBy": ["x y"], "pausedBy": ["p"]}]}
                """;
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> ServiceBlueprint.fromJson(json));
        assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                "code", "title.zh",
                "timedStandards[0].within", "timedStandards[0].before", "timedStandards[0].startOn",
                "timedStandards[0].metBy[0]", "timedStandards[0].resumedBy",
                "steps[0].role", "steps[0].timed", "steps[1].code", "steps[1].role");
        assertThat(e.violations()).extracting(v -> v.message().zh()).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(e.violations()).filteredOn(v -> v.path().equals("steps[0].role")).singleElement()
                .satisfies(v -> assertThat(v.message().en()).contains("astronaut"));
    }

    @Test
    void F15_aDealershipsOwnBlueprintReplacesALimit() {
        ServiceBlueprint b = ServiceBlueprint.defaults();
        TimedStandard wait = b.timedStandard("service.reception-wait").orElseThrow();
        TimedStandard five = new TimedStandard(wait.code(), wait.role(), wait.text(), wait.subjectKind(),
                wait.subjectKey(), wait.measure(), Duration.ofMinutes(5), null, null, wait.startOn(), wait.metBy(),
                wait.cancelledBy(), wait.pausedBy(), wait.resumedBy(), wait.steps());
        ServiceBlueprint mine = b.with(five);
        assertThat(mine.timedStandard("service.reception-wait").orElseThrow().within()).isEqualTo(Duration.ofMinutes(5));
        assertThat(b.timedStandard("service.reception-wait").orElseThrow().within()).isEqualTo(Duration.ofMinutes(10));
        assertThat(mine.timedStandards()).hasSameSizeAs(b.timedStandards());
    }
}
