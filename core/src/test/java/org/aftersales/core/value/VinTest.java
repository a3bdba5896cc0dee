package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C2: VINs of 17 characters without I, O, Q whose ISO 3779 check digit holds. */
class VinTest {

    @ParameterizedTest(name = "{0} is a valid VIN")
    @CsvSource({
        "1M8GDM9AXKP042788, 1M8",   // check digit X
        "5GZCZ43D13S812715, 5GZ",
        "1HGCM82633A004352, 1HG",
        "JH4KA7561PC008269, JH4",
        "LSVAA4182E2101238, LSV",   // mainland-made (L), maker code of a Shanghai joint venture
        "11111111111111111, 111",
        "' lsvaa4182e2101238 ', LSV", // trimmed and upper-cased
    })
    void C2_acceptsVinsWithCorrectCheckDigit(String text, String maker) {
        Vin vin = Vin.parse(text);
        assertThat(vin.value()).hasSize(17).isEqualTo(text.strip().toUpperCase());
        assertThat(vin.manufacturer()).isEqualTo(maker);
        assertThat(Vin.checkDigit(vin.value())).isEqualTo(vin.value().charAt(8));
    }

    @ParameterizedTest(name = "{0}: check digit {1} refused, {2} expected")
    @CsvSource({
        "1M8GDM9A1KP042788, 1, X",
        "5GZCZ43D23S812715, 2, 1",
        "1HGCM826X3A004352, X, 3",
        "LSVAA4180E2101238, 0, 2",
    })
    void C2_refusesWrongCheckDigit(String text, String given, String expected) {
        assertThatThrownBy(() -> Vin.parse(text))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.code()).isEqualTo("vin.checkDigit");
                        assertThat(v.path()).isEqualTo("value");
                        assertThat(v.message().en()).contains(given).contains("should be " + expected);
                        assertThat(v.message().zh()).contains("校验位").contains("应为 " + expected);
                    });
                });
    }

    @ParameterizedTest(name = "{0} refused with {1}")
    @CsvSource({
        "1M8GDM9AXKP04278, vin.length",
        "1M8GDM9AXKP0427888, vin.length",
        "1M8GDM9AXKP04278O, vin.characters",
        "IM8GDM9AXKP042788, vin.characters",
        "1M8GDM9AXKP0427Q8, vin.characters",
        "1M8GDM9AXKP04#788, vin.characters",
        "1M8GDM9AXKP04-788, vin.length",
    })
    void C2_refusesMalformedVins(String text, String code) {
        assertThatThrownBy(() -> Vin.parse(text))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(org.aftersales.core.error.Violation::code).contains(code));
    }

    @org.junit.jupiter.api.Test
    void C2_listsEveryProblemAtOnce() {
        assertThatThrownBy(() -> Vin.parse("IOQ"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(org.aftersales.core.error.Violation::code)
                        .containsExactly("vin.length", "vin.characters"));
    }
}
