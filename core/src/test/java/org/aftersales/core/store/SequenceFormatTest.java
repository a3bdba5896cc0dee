package org.aftersales.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SequenceFormatTest {

    @ParameterizedTest
    @CsvSource({
        "RO, 6, true, 2026, 123, RO-2026-000123",
        "CP, 4, true, 2027, 1, CP-2027-0001",
        "RCV, 6, false, 2026, 42, RCV-000042",
        "T, 1, false, 2026, 9, T-9",
    })
    void writesPrefixYearAndPaddedCounter(String prefix, int digits, boolean yearly, int year, long counter, String text) {
        assertThat(new SequenceFormat("s", prefix, digits, yearly).format(year, counter)).isEqualTo(text);
    }

    @Test
    void knowsItsLargestCounterAndPeriod() {
        assertThat(SequenceFormat.yearly("ro", "RO", 6).maxCounter()).isEqualTo(999_999);
        assertThat(SequenceFormat.yearly("ro", "RO", 12).maxCounter()).isEqualTo(999_999_999_999L);
        assertThat(SequenceFormat.yearly("ro", "RO", 6).period(2026)).isEqualTo(2026);
        assertThat(SequenceFormat.continuous("ro", "RO", 6).period(2026)).isZero();
    }

    @Test
    void reportsEveryBadPartAtOnceInBothLanguages() {
        assertThatThrownBy(() -> new SequenceFormat("Repair Orders", "R-O", 13, true))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("name", "prefix", "digits");
                    assertThat(e.violations()).extracting(Violation::code)
                            .containsExactly("store.name", "sequence.prefix", "sequence.digits");
                    assertThat(e.violations().get(2).message().en()).contains("13");
                    assertThat(e.violations().get(2).message().zh()).contains("13", "位");
                });
    }

    @Test
    void indexAndTypeNamesAreChecked() {
        assertThatThrownBy(() -> Index.exact("Part Number", Object::toString)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AggregateType.of("", org.aftersales.core.id.BinCode.class, BinsTest.Bin.class))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BinsTest.Bin.TYPE.withIndex(BinsTest.Bin.BY_PART))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("part-number");
    }
}
