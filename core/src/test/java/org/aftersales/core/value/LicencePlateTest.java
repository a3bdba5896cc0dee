package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.aftersales.core.value.LicencePlate.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C2: mainland plates, ordinary and both kinds of 8-character new-energy plate. */
class LicencePlateTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "京A12345, 京A12345, ORDINARY",
        "沪B·8K2Q9, 沪B8K2Q9, ORDINARY",
        "粤b 12345, 粤B12345, ORDINARY",
        "苏E1234学, 苏E1234学, ORDINARY",
        "鲁A1234挂, 鲁A1234挂, ORDINARY",
        "粤BD12345, 粤BD12345, NEW_ENERGY_SMALL",
        "京AF12345, 京AF12345, NEW_ENERGY_SMALL",
        "浙ADA1234, 浙ADA1234, NEW_ENERGY_SMALL",
        "川AK81234, 川AK81234, NEW_ENERGY_SMALL",
        "沪A12345D, 沪A12345D, NEW_ENERGY_LARGE",
        "京B54321F, 京B54321F, NEW_ENERGY_LARGE",
    })
    void C2_acceptsMainlandPlates(String text, String normal, Kind kind) {
        LicencePlate plate = LicencePlate.parse(text);
        assertThat(plate.value()).isEqualTo(normal);
        assertThat(plate.kind()).isEqualTo(kind);
        assertThat(plate.isNewEnergy()).isEqualTo(kind != Kind.ORDINARY);
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource({
        "A12345",      // no province
        "京A1234",     // too short
        "京I12345",    // I never used
        "京AO2345",    // O never used
        "港A12345",    // not a mainland province
        "粤BX12345",   // energy letter not allowed
        "粤BD1234A",   // small plate ends with a letter
        "沪A1234AD",   // large plate: five digits first
        "浙AD1A234",   // small plate: last four are digits
        "沪A12345X",   // large plate energy letter must be D or F
        "京A123456789",
    })
    void C2_refusesOtherText(String text) {
        assertThatThrownBy(() -> LicencePlate.parse(text))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("plate.format"));
                    assertThat(e.text().zh()).contains("车牌");
                });
    }

    @org.junit.jupiter.api.Test
    void C2_kindMustMatchPlate() {
        assertThatThrownBy(() -> new LicencePlate("粤BD12345", Kind.ORDINARY))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not of kind ORDINARY");
    }
}
