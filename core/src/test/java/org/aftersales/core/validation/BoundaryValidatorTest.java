package org.aftersales.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.id.CustomerId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** C9: one exception listing every violation with path, code, English and Chinese message. */
class BoundaryValidatorTest {

    record Line(@NotBlank String operation, @Min(1) @Max(99) int quantity) {
    }

    record BookAppointment(
            @NotNull CustomerId customer,
            @NotBlank @Size(max = 20) String request,
            @Min(0) long mileageKm,
            @NotNull List<@Valid Line> lines,
            @jakarta.validation.constraints.Email String email) {
    }

    static final BoundaryValidator VALIDATOR = BoundaryValidator.create();

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @Test
    void C9_validCommandPasses() {
        BookAppointment ok = new BookAppointment(CustomerId.of("c-1"), "oil change", 12000,
                List.of(new Line("oil", 1)), null);
        assertThat(VALIDATOR.check(ok)).isSameAs(ok);
        assertThat(VALIDATOR.violations(ok)).isEmpty();
    }

    @Test
    void C9_everyViolationIsListedWithPathCodeAndBothLanguages() {
        BookAppointment bad = new BookAppointment(null, "x".repeat(30), -5,
                List.of(new Line("", 0), new Line("brakes", 100)), "not-an-address");
        assertThatThrownBy(() -> VALIDATOR.check(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                            tuple("customer", "NotNull"),
                            tuple("email", "Email"),
                            tuple("lines[0].operation", "NotBlank"),
                            tuple("lines[0].quantity", "Min"),
                            tuple("lines[1].quantity", "Max"),
                            tuple("mileageKm", "Min"),
                            tuple("request", "Size"));
                    Violation size = e.violations().get(6);
                    assertThat(size.message().en()).isEqualTo("Size must be between 0 and 20.");
                    assertThat(size.message().zh()).isEqualTo("长度须在 0 到 20 之间。");
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.message().en()).isNotBlank();
                        assertThat(v.message().zh()).containsPattern("\\p{IsHan}");
                    });
                    assertThat(e.getMessage()).startsWith("Invalid input (7 problems)");
                    assertThat(e.text().zh()).startsWith("输入有误（共7处）");
                });
    }

    record Many(@NotNull List<@Min(1) Integer> counts) {
    }

    @Test
    void C9_aMissingCommandIsARefusalNotACrash() {
        assertThatThrownBy(() -> VALIDATOR.check(null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code).containsExactly(tuple("", "required")));
    }

    @Test
    void C9_aRefusalListsAtMostOneHundredAndCountsTheRest() {
        Many bad = new Many(java.util.Collections.nCopies(130, 0));
        assertThatThrownBy(() -> VALIDATOR.check(bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(org.aftersales.core.error.Violations.DEFAULT_MAX_LISTED);
                    assertThat(e.omitted()).isEqualTo(30);
                    assertThat(e.text().en()).contains("130 problems").contains("and 30 more not listed");
                    assertThat(e.text().zh()).contains("另有 30 处未列出");
                });
    }
}
