package org.aftersales.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.DepartmentId;
import org.junit.jupiter.api.Test;

/** C13: standards read from JSON, every problem of a faulty document listed. */
class StandardsTest {

    @Test
    void C13_standardsAreReadFromData() {
        List<Standard> read = Standards.fromJson("""
                {"standards": [
                  {"code": "answer-parts-request", "department": "parts", "duration": "PT5M",
                   "steps": [{"percent": 100, "to": "OWNER_MANAGER"}]},
                  {"code": "follow-up-after-delivery", "duration": "P3D", "steps": []}]}""");
        assertThat(read).containsExactly(
                new Standard("answer-parts-request", Target.business(DepartmentId.of("parts"), Duration.ofMinutes(5)),
                        List.of(EscalationStep.at(100, EscalationStep.Escalation.OWNER_MANAGER))),
                new Standard("follow-up-after-delivery", Target.plain(Duration.ofDays(3)), List.of()));
    }

    @Test
    void C13_aFaultyDocumentListsEveryProblem() {
        assertThatThrownBy(() -> Standards.fromJson("""
                {"standards": [
                  {"code": "a", "department": "bad key", "duration": "PT0S",
                   "steps": [{"percent": -5, "to": "OWNER"}, {"percent": 50, "to": "STAFF"}, {"to": "OWNER"}]},
                  {"code": "a", "duration": null, "steps": []},
                  {"code": " ", "duration": "PT1H", "steps": [{"percent": 80, "to": "OWNER"}, {"percent": 50, "to": "OWNER"}]}]}"""))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code).contains(
                            tuple("standards[0].duration", "deadline.target"),
                            tuple("standards[0].steps[0].percent", "deadline.percent"),
                            tuple("standards[0].steps[1].staff", "required"),
                            tuple("standards[0].steps[2].percent", "required"),
                            tuple("standards[1].code", "deadline.duplicateStandard"),
                            tuple("standards[1].duration", "required"),
                            tuple("standards[2].code", "required"),
                            tuple("standards[2].steps[1].percent", "deadline.stepOrder"));
                    assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).startsWith("standards[0].department"));
                    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().zh()).isNotBlank());
                });
    }
}
