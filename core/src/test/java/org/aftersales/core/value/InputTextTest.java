package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.aftersales.core.error.ValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C15: input as a Chinese input method produces it, normalised by one shared normaliser. */
class InputTextTest {

    /** The text with every printable ASCII character turned full-width and spaces ideographic. */
    static String wide(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c == ' ' ? '\u3000' : c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }

    @Nested
    class Folding {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "ＡＢＣ１２３ａｂｃ | ABC123abc",
            "（０１０）－６２３４ | (010)-6234",
            "'\u3000 ab\u3000' | ab",
            "a\u2014b\u2013c\u2212d\u30FCe | a-b-c-d-e",
            "【粤Ｂ】 | (粤B)",
            "粤Ｂ•１２３ | 粤B·123",
            "１２。５ | 12.5",
            "a\u200Bb\uFEFF | ab",
            "中文不变 | 中文不变",
        })
        void C15_foldsFullWidthAndLookAlikes(String typed, String folded) {
            assertThat(InputText.fold(typed)).isEqualTo(folded);
        }

        @Test
        void C15_foldsTheWholeFullWidthBlock() {
            for (char c = 0x21; c < 0x7F; c++) {
                assertThat(InputText.fold(String.valueOf((char) (c + 0xFEE0)))).isEqualTo(c == ' ' ? "" : String.valueOf(c));
            }
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "５ｑ０　１２９　６２０　ｂ | 5Q0-129-620-B",
            "5q0-129 - 620--b | 5Q0-129-620-B",
            "06a115561b | 06A115561B",
        })
        void C15_partNumbersHaveOneCanonicalForm(String typed, String canonical) {
            assertThat(InputText.partNumber(typed)).isEqualTo(canonical);
        }
    }

    @Nested
    class Values {

        @Test
        void C15_vinFromFullWidthLowerCaseWithGroups() {
            assertThat(Vin.parse("ＬＳＶＡＡ４１８２Ｅ２１０１２３８").value()).isEqualTo("LSVAA4182E2101238");
            assertThat(Vin.parse("ｌｓｖａａ　４１８２ｅ　２１０１２３８").value()).isEqualTo("LSVAA4182E2101238");
            assertThat(Vin.parse("lsvaa-4182e-2101238").value()).isEqualTo("LSVAA4182E2101238");
        }

        @Test
        void C15_plateFromFullWidthWithSeparators() {
            assertThat(LicencePlate.parse("粤ｂ·１２３４５").value()).isEqualTo("粤B12345");
            assertThat(LicencePlate.parse("粤Ｂ－ＤＡ１２３４").value()).isEqualTo("粤BDA1234");
            assertThat(LicencePlate.parse("京a.12345").value()).isEqualTo("京A12345");
            assertThat(LicencePlate.parse("\u3000沪Ａ\u3000１２３４５Ｄ\u3000").value()).isEqualTo("沪A12345D");
        }

        @Test
        void C15_phoneFromFullWidth() {
            assertThat(PhoneNumber.parse("＋８６　１３８－１２３４－５６７８").value()).isEqualTo("13812345678");
            assertThat(PhoneNumber.parse("（０１０）　６２３４　５６７８").value()).isEqualTo("010-62345678");
            assertThat(PhoneNumber.parse("４００－８２０－８８２０").value()).isEqualTo("400-820-8820");
            assertThat(PhoneNumber.parse("９５５８８").value()).isEqualTo("95588");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "１，２８０．５０ | 1280.50",
            "￥１２．５０ | 12.50",
            "¥ 99 | 99",
            "３５元 | 35",
            "'1,234,567.8' | 1234567.8",
            "－０．０１ | -0.01",
        })
        void C15_moneyAsTyped(String typed, String amount) {
            assertThat(Money.ofYuan(typed).amount()).isEqualByComparingTo(amount);
            assertThat(Money.ofYuan(typed).amount().scale()).isEqualTo(new BigDecimal(amount).scale());
        }

        @Test
        void C15_currencyCodeAsTyped() {
            assertThat(Money.of("１２", "ｕｓｄ")).isEqualTo(Money.of("12", "USD"));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "１２ | 12 | PIECE",
            "４．２５０ | 4.250 | LITRE",
            "'1,200' | 1200 | PIECE",
            "'\u3000３\u3000' | 3 | SET",
        })
        void C15_quantityAsTyped(String typed, String amount, Quantity.Unit unit) {
            assertThat(Quantity.of(typed, unit)).isEqualTo(new Quantity(new BigDecimal(amount), unit));
        }

        @Test
        void C15_misplacedCommasAreNotGuessed() {
            assertThatThrownBy(() -> Money.ofYuan("12,50"))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations()).singleElement()
                                    .satisfies(v -> assertThat(v.code()).isEqualTo("money.format")));
        }

        @Test
        void C15_everyValueReadsItsWideForm() {
            assertThat(Vin.parse(wide("LSVAA4182E2101238"))).isEqualTo(Vin.parse("LSVAA4182E2101238"));
            assertThat(PhoneNumber.parse(wide("0571-88886666-123")))
                    .isEqualTo(PhoneNumber.parse("0571-88886666-123"));
            assertThat(Weight.ofKg(wide("12.345"))).isEqualTo(Weight.ofKg("12.345"));
            assertThat(Quantity.of(wide("4.25"), Quantity.Unit.LITRE)).isEqualTo(Quantity.of("4.25", Quantity.Unit.LITRE));
        }
    }

    @Nested
    class KeepingWhatWasTyped {

        @Test
        void C15_parsedKeepsTheTypedText() {
            Parsed<LicencePlate> plate = Parsed.of("粤ｂ·１２３４５", LicencePlate::parse);
            assertThat(plate.value()).isEqualTo(LicencePlate.parse("粤B12345"));
            assertThat(plate.typed()).isEqualTo("粤ｂ·１２３４５");
            assertThat(plate.normalised()).isTrue();
            assertThat(Parsed.of("13812345678", PhoneNumber::parse).normalised()).isFalse();
        }

        @Test
        void C15_nullTextIsRefusedAsRequired() {
            assertThatThrownBy(() -> InputText.fold(null))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations().get(0).code()).isEqualTo("required"));
        }

        @Test
        void C15_parsedRefusesNullAsRequired() {
            assertThatThrownBy(() -> Parsed.of(null, Vin::parse))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations()).singleElement()
                                    .satisfies(v -> assertThat(v.code()).isEqualTo("required")));
        }
    }
}
