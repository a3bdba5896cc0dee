package org.aftersales.core.scoring;

import static org.aftersales.core.scoring.Fixtures.ASSESSOR;
import static org.aftersales.core.scoring.Fixtures.CLERK;
import static org.aftersales.core.scoring.Fixtures.MARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.core.store.Storage;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.AssessmentId;
import org.aftersales.core.scoring.spi.AssessmentStore;
import org.junit.jupiter.api.Test;

/** S2: bad assessments are refused with every problem listed, and nothing is stored. */
class AssessmentRefusalTest {

    final AssessmentStore store = Scoring.assessmentStore(Storage.inMemory());
    final Scoring scoring = Scoring.builder(Fixtures.CLOCK)
            .catalogue(Catalogues.partsDepartment())
            .catalogue(Catalogues.serviceFrontDesk())
            .store(store)
            .build();
    final Catalogue parts = Catalogues.partsDepartment();

    @Test
    void S2_aBadAssessmentIsRefusedWithEveryProblemAndNothingIsStored() {
        List<ItemResult> results = new ArrayList<>(Fixtures.passedExcept(parts, CLERK,
                Map.of("SAL-13", c -> ItemResult.partly(c, new BigDecimal("6"), "awarded all points", ASSESSOR))));
        results.removeIf(r -> r.item().value().equals("SAL-10") || r.item().value().equals("COM-02"));
        int partly = results.indexOf(results.stream().filter(r -> r.item().value().equals("SAL-13")).findFirst().orElseThrow());
        results.add(ItemResult.passed("WHS-07", "shelved well", ASSESSOR));
        results.add(ItemResult.passed("ZZZ-99", "no such item", ASSESSOR));
        results.add(ItemResult.failed("SAL-01", "second opinion", ASSESSOR));

        var command = Fixtures.command("A-BAD", "parts-department", CLERK, MARCH, results);
        assertThatThrownBy(() -> scoring.record(command))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactlyInAnyOrder(
                                tuple("observations[35].item", "scoring.item.notForSubject"),
                                tuple("observations[36].item", "scoring.item.unknown"),
                                tuple("observations[37].item", "scoring.observation.duplicate"),
                                tuple("observations[" + partly + "].awarded", "scoring.awarded.range"),
                                tuple("observations", "scoring.observation.missing"),
                                tuple("observations", "scoring.observation.missing")));
        assertThat(store.find(AssessmentId.of("A-BAD"))).isEmpty();
        assertThat(store.forPeriod("parts-department", MARCH)).isEmpty();
    }

    @Test
    void S2_missingItemsAreNamed() {
        List<ItemResult> results = new ArrayList<>(Fixtures.passedExcept(parts, CLERK, Map.of()));
        results.removeIf(r -> r.item().value().equals("SAL-10"));
        assertThatThrownBy(() -> scoring.record(Fixtures.command("A-X", "parts-department", CLERK, MARCH, results)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).message().en()).isEqualTo("Item SAL-10 applies to this subject but has no result.");
                    assertThat(e.violations().get(0).message().zh()).isEqualTo("考核项 SAL-10 适用于此对象，但没有结果。");
                });
    }

    @Test
    void S2_unknownCatalogueAndFuturePeriodAreListedTogether() {
        var april = AssessmentPeriod.month(YearMonth.of(2026, 5));
        assertThatThrownBy(() -> scoring.record(Fixtures.command("A-F", "bodyshop", CLERK, april, List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(
                                tuple("period.from", "scoring.period.future"),
                                tuple("catalogue", "scoring.catalogue.unknown")));
        assertThat(store.find(AssessmentId.of("A-F"))).isEmpty();
    }

    @Test
    void S2_derivedItemsCannotBeGivenByHand() {
        Catalogue fd = Catalogues.serviceFrontDesk();
        List<ItemResult> results = new ArrayList<>(Fixtures.passedExcept(fd, Fixtures.ADVISOR, Map.of()));
        results.add(ItemResult.passed("FD-FUP-01", "I called everyone", ASSESSOR));
        assertThatThrownBy(() -> scoring.record(Fixtures.command("A-D", "service-front-desk", Fixtures.ADVISOR, MARCH, results)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code)
                        .containsExactly("scoring.item.derived"));
    }

    @Test
    void S2_aSecondAssessmentOfTheSameSubjectAndPeriodIsRefusedAndTheFirstKept() {
        scoring.record(Fixtures.command("A-1", "parts-department", CLERK, MARCH, Fixtures.passedExcept(parts, CLERK, Map.of())));
        var again = Fixtures.command("A-2", "parts-department", CLERK, MARCH,
                Fixtures.passedExcept(parts, CLERK, Map.of("SAL-08", c -> ItemResult.failed(c, "late", ASSESSOR))));
        assertThatThrownBy(() -> scoring.record(again))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("scoring.assessment.exists"));
        assertThat(store.find(AssessmentId.of("A-2"))).isEmpty();
        assertThat(store.forPeriod("parts-department", MARCH)).extracting(Assessment::id).containsExactly(AssessmentId.of("A-1"));
    }

    @Test
    void S2_anAssessmentWhereNothingAppliesIsRefused() {
        var results = Fixtures.passedExcept(parts, CLERK, Map.of()).stream()
                .map(r -> ItemResult.notApplicable(r.item().value(), "on leave all month", ASSESSOR))
                .toList();
        assertThatThrownBy(() -> scoring.record(Fixtures.command("A-N", "parts-department", CLERK, MARCH, results)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("scoring.nothingApplicable"));
        assertThat(store.find(AssessmentId.of("A-N"))).isEmpty();
    }

    @Test
    void S2_anItemResultListsEveryProblemOfItsOwn() {
        assertThatThrownBy(() -> new ItemResult(ItemCode.of("A-1"), Outcome.PASSED, new BigDecimal("0.333"), " ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactlyInAnyOrder(
                                tuple("assessor", "scoring.required"),
                                tuple("evidence", "scoring.evidence.required"),
                                tuple("awarded", "scoring.awarded.unexpected")));
        assertThatThrownBy(() -> ItemResult.partly("A-1", new BigDecimal("-1"), "x", ASSESSOR))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("scoring.awarded.form"));
    }

    @Test
    void S2_subjectsAndPeriodsCheckThemselves() {
        assertThatThrownBy(() -> new Subject.Staff(null, "juggler", "circus"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("id", "role", "department"));
        assertThatThrownBy(() -> new AssessmentPeriod(MARCH.to(), MARCH.from()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("scoring.period.order"));
    }
}
