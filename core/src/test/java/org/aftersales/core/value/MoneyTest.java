package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.aftersales.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C2: exact money, CNY by default, rounding to the fen half-up only when asked. */
class MoneyTest {

    @Test
    void C2_arithmeticIsExact() {
        Money sum = Money.ofYuan("0.10").plus(Money.ofYuan("0.20"));
        assertThat(sum.amount()).isEqualByComparingTo("0.30");
        assertThat(sum.amount().scale()).isEqualTo(2);
        assertThat(Money.ofYuan("199.99").times(3)).isEqualTo(Money.ofYuan("599.97"));
        assertThat(Money.ofYuan("10").minus(Money.ofYuan("12.5"))).isEqualTo(Money.ofYuan("-2.5"));
        assertThat(Money.ofYuan("10").minus(Money.ofYuan("12.5")).isNegative()).isTrue();
        assertThat(Money.ofFen(12345)).isEqualTo(Money.ofYuan("123.45"));
        assertThat(Money.ofYuan("1").currency().getCurrencyCode()).isEqualTo("CNY");
    }

    @Test
    void C2_equalityIgnoresScaleButKeepsIt() {
        Money a = Money.ofYuan("12.5");
        Money b = Money.ofYuan("12.50");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(b.toString()).isEqualTo("12.50 CNY");
        assertThat(a.compareTo(Money.ofYuan("12.49"))).isPositive();
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({
        "12.345, 12.35", "12.344, 12.34", "12.3450, 12.35", "-12.345, -12.35", "0.005, 0.01", "7, 7.00",
    })
    void C2_roundsHalfUpToTheFenOnlyWhenAsked(String amount, String rounded) {
        Money m = Money.ofYuan(amount);
        assertThat(m.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(m.roundedToFen().amount()).isEqualTo(new BigDecimal(rounded));
    }

    @Test
    void C2_discountKeepsExactFractionUntilRounded() {
        Money discounted = Money.ofYuan("33.33").times(new BigDecimal("0.85"));
        assertThat(discounted.amount()).isEqualByComparingTo("28.3305");
        assertThat(discounted.roundedToFen()).isEqualTo(Money.ofYuan("28.33"));
    }

    @Test
    void C2_refusesBadAmounts() {
        assertThatThrownBy(() -> Money.ofYuan("12.345678")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than 4 decimals");
        assertThatThrownBy(() -> Money.ofYuan("twelve")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a decimal number");
        assertThatThrownBy(() -> Money.ofYuan("1e20")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Unknown currency");
        assertThatThrownBy(() -> new Money(null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("amount", "currency"));
    }

    @Test
    void C2_refusesMixingCurrencies() {
        assertThatThrownBy(() -> Money.ofYuan("1").plus(Money.of("1", "USD")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("currencies differ");
    }
}
