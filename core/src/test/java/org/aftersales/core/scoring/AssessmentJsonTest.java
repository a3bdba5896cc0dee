package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.ASSESSOR;
import static org.aftersales.core.scoring.Fixtures.CLERK;
import static org.aftersales.core.scoring.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.json.AftersalesJson;
import org.junit.jupiter.api.Test;

/** C10: an assessment written as JSON by the hardened mapper reads back equal. */
class AssessmentJsonTest {

    @Test
    void assessmentRoundTripsExactly() {
        Scoring scoring = Fixtures.scoring();
        Assessment a = scoring.record(Fixtures.command("A-JSON", "parts-department", CLERK, MARCH,
                Fixtures.passedExcept(scoring.catalogue("parts-department"), CLERK, Map.of(
                        "SAL-08", c -> ItemResult.failed(c, "late prints", ASSESSOR),
                        "SAL-13", c -> ItemResult.partly(c, new BigDecimal("2.5"), "some calls", ASSESSOR)))));
        String json = AftersalesJson.mapper().writeValueAsString(a);
        assertThat(json).contains("\"kind\":\"staff\"").contains("\"item\":\"SAL-08\"");
        assertThat(AftersalesJson.read(json, Assessment.class)).isEqualTo(a);
    }

    @Test
    void aBadSubjectInJsonIsRefusedWithItsPath() {
        assertThatThrownBy(() -> AftersalesJson.read("{\"kind\": \"staff\", \"id\": \"S-1\", \"role\": \"juggler\", \"department\": \"parts\"}",
                Subject.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo("scoring.role.unknown"));
    }
}
