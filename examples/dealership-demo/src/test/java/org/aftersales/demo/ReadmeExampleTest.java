package org.aftersales.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.statemachine.FireResult;
import org.aftersales.core.statemachine.Guard;
import org.aftersales.core.statemachine.Refusal;
import org.aftersales.core.statemachine.StateMachineDefinition;
import org.aftersales.core.value.LicencePlate;
import org.aftersales.core.value.Vin;
import org.junit.jupiter.api.Test;

/** The code of the README's "Embed it" section, kept compiling and true. */
class ReadmeExampleTest {

    enum Stage { ESTIMATED, APPROVED, CANCELLED }

    enum Step { APPROVE, CANCEL }

    record Estimate(boolean signed) {
    }

    @Test
    void readmeExampleRunsAsWritten() {
        List<String> log = new ArrayList<>();
        String json = """
                {"openingHours": {"service": {
                    "MONDAY":  [{"open": "08:30", "close": "17:30"}],
                    "TUESDAY": [{"open": "08:30", "close": "17:30"}]}}}""";
        Instant acceptedAt = Instant.parse("2026-11-23T08:00:00Z"); // Monday 16:00 in Shanghai

        // --- README: Embed it ---
        Vin vin = Vin.parse("LSVAA4182E2101238");                  // 17 characters, check digit verified
        try {
            LicencePlate.parse("港A12345");
        } catch (ValidationException e) {                          // every problem, in English and Chinese
            e.violations().forEach(v -> log.add(v.path() + " " + v.code() + " " + v.message().zh()));
        }

        BusinessCalendar calendar = BusinessCalendar.fromJson(json); // each year's schedule is data
        Instant promised = calendar.plus(DepartmentId.of("service"), acceptedAt, Duration.ofHours(4));

        StateMachineDefinition<Stage, Step, Estimate> flow = StateMachineDefinition
                .builder("estimate", Stage.class, Step.class, Estimate.class)
                .initial(Stage.ESTIMATED)
                .finals(Stage.APPROVED, Stage.CANCELLED)
                .from(Stage.ESTIMATED).on(Step.APPROVE).to(Stage.APPROVED)
                    .guard("estimate-signed", Guard.require(Estimate::signed, "estimate.unsigned",
                            new LocalizedText("The customer has not signed.", "客户尚未签字。")))
                .from(Stage.ESTIMATED).on(Step.CANCEL).to(Stage.CANCELLED)
                .build();                                          // checked, immutable, shared
        FireResult<Stage, Step> result = flow.fire(Stage.ESTIMATED, Step.APPROVE, new Estimate(false));
        if (result instanceof Refusal<Stage, Step> refusal) {
            log.add(refusal.reason().zh());                         // names the state, event and guard
        }
        // --- end ---

        assertThat(vin.manufacturer()).isEqualTo("LSV");
        assertThat(log.get(0)).startsWith("value plate.province 车牌");
        assertThat(promised).isEqualTo(Instant.parse("2026-11-24T03:00:00Z")); // Tuesday 11:00 in Shanghai
        assertThat(log.get(1)).contains("客户尚未签字");
    }
}
