package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C2: mileage, dimensions, weight, quantity and time windows. */
class MeasuresTest {

    @Nested
    class MileageRules {
        @ParameterizedTest
        @CsvSource({"0", "15000", "3000000"})
        void accepts(long km) {
            assertThat(Mileage.ofKm(km).km()).isEqualTo(km);
        }

        @ParameterizedTest
        @CsvSource({"-1", "3000001"})
        void refuses(long km) {
            assertThatThrownBy(() -> Mileage.ofKm(km)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("outside 0 to 3000000 km");
        }

        @Test
        void distanceSinceEarlierReading() {
            assertThat(Mileage.ofKm(12_500).since(Mileage.ofKm(10_000))).isEqualTo(2_500);
        }
    }

    @Nested
    class DimensionRules {
        @Test
        void slenderPartsAndFitting() {
            Dimensions muffler = Dimensions.ofMm(1200, 250, 200);
            assertThat(muffler.slenderness()).isEqualTo(4.8);
            assertThat(muffler.fitsIn(Dimensions.ofMm(300, 1300, 260))).isTrue();
            assertThat(muffler.fitsIn(Dimensions.ofMm(1000, 1000, 1000))).isFalse();
            assertThat(muffler.volumeMm3()).isEqualTo(60_000_000L);
        }

        @Test
        void listsEveryBadSide() {
            assertThatThrownBy(() -> Dimensions.ofMm(0, 10, 20_001))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("lengthMm", "heightMm"));
        }
    }

    @Nested
    class WeightRules {
        @ParameterizedTest
        @CsvSource({"12.5, 12500", "0.001, 1", "0, 0", "40, 40000"})
        void kilogramsExactToTheGram(String kg, long grams) {
            assertThat(Weight.ofKg(kg).grams()).isEqualTo(grams);
        }

        @ParameterizedTest
        @CsvSource({"0.0005", "-1", "heavy", "50001"})
        void refuses(String kg) {
            assertThatThrownBy(() -> Weight.ofKg(kg)).isInstanceOf(ValidationException.class);
        }

        @Test
        void arithmetic() {
            assertThat(Weight.ofKg("2.5").times(4)).isEqualTo(Weight.ofKg("10"));
            assertThat(Weight.ofKg("2.5").plus(Weight.ofGrams(500)).toString()).isEqualTo("3 kg");
        }
    }

    @Nested
    class QuantityRules {
        @Test
        void wholeUnitsAndFluids() {
            assertThat(Quantity.pieces(4).plus(Quantity.pieces(2))).isEqualTo(Quantity.pieces(6));
            assertThat(Quantity.of("4.5", Quantity.Unit.LITRE).minus(Quantity.of("0.75", Quantity.Unit.LITRE)))
                    .isEqualTo(Quantity.of("3.75", Quantity.Unit.LITRE));
            assertThat(Quantity.of("2.0", Quantity.Unit.PIECE).wholeCount()).isEqualTo(2);
        }

        @Test
        void neverNegativeNeverFractionalPieces() {
            assertThatThrownBy(() -> Quantity.pieces(1).minus(Quantity.pieces(2)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("negative");
            assertThatThrownBy(() -> new Quantity(new BigDecimal("1.5"), Quantity.Unit.PIECE))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("whole number");
            assertThatThrownBy(() -> Quantity.pieces(1).plus(Quantity.of("1", Quantity.Unit.LITRE)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("units differ");
        }
    }

    @Nested
    class TimeWindowRules {
        final Instant nine = Instant.parse("2026-11-23T01:00:00Z");

        @Test
        void halfOpen() {
            TimeWindow w = TimeWindow.of(nine, Duration.ofHours(1));
            assertThat(w.contains(nine)).isTrue();
            assertThat(w.contains(nine.plus(Duration.ofHours(1)))).isFalse();
            assertThat(w.overlaps(TimeWindow.of(nine.plus(Duration.ofMinutes(59)), Duration.ofHours(1)))).isTrue();
            assertThat(w.overlaps(TimeWindow.of(nine.plus(Duration.ofHours(1)), Duration.ofHours(1)))).isFalse();
            assertThat(w.duration()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void endAfterStart() {
            assertThatThrownBy(() -> new TimeWindow(nine, nine)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("must be after the start");
        }
    }
}
