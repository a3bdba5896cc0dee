package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.value.LicencePlate.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * C2, C15: the plates of GA 36-2018 that a dealership services, ordinary, new-energy and
 * special, each with its kind and a bilingual label; each refusal names its rule in both
 * languages.
 */
class LicencePlateTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "京A12345, 京A12345, ORDINARY",
        "沪B·8K2Q9, 沪B8K2Q9, ORDINARY",
        "粤b 12345, 粤B12345, ORDINARY",
        "粤BD12345, 粤BD12345, NEW_ENERGY_SMALL",
        "京AF12345, 京AF12345, NEW_ENERGY_SMALL",
        "浙ADA1234, 浙ADA1234, NEW_ENERGY_SMALL",
        "川AK81234, 川AK81234, NEW_ENERGY_SMALL",
        "沪A12345D, 沪A12345D, NEW_ENERGY_LARGE",
        "京B54321F, 京B54321F, NEW_ENERGY_LARGE",
        "鲁A1234挂, 鲁A1234挂, TRAILER",
        "冀B·A123挂, 冀BA123挂, TRAILER",
        "苏E1234学, 苏E1234学, COACH",
        "京A·0001警, 京A0001警, POLICE",
        "沪A0123领, 沪A0123领, CONSULATE",
        "京A1234试, 京A1234试, TEST",
        "粤Z·F023港, 粤ZF023港, HONG_KONG",
        "粤z1234澳, 粤Z1234澳, MACAU",
        "使014·578, 使014578, EMBASSY",
        "使 224 001, 使224001, EMBASSY",
    })
    void C15_acceptsEveryKindOfPlate(String text, String normal, Kind kind) {
        LicencePlate plate = LicencePlate.parse(text);
        assertThat(plate.value()).isEqualTo(normal);
        assertThat(plate.kind()).isEqualTo(kind);
        assertThat(plate.isNewEnergy()).isEqualTo(kind == Kind.NEW_ENERGY_SMALL || kind == Kind.NEW_ENERGY_LARGE);
        assertThat(new LicencePlate(normal, kind)).isEqualTo(plate);
        assertThat(plate.label()).isEqualTo(kind.label());
    }

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "A12345 | plate.province | starts with A, which is not the abbreviation of a mainland province | 以“A”开头，这不是大陆省份简称",
        "港A12345 | plate.province | starts with 港 | 以“港”开头",
        "京I12345 | plate.letterIO | contains the letter I or O | 含字母 I 或 O",
        "京AO2345 | plate.letterIO | type the digit 1 or 0 | 请输入数字 1 或 0",
        "京112345 | plate.office | the second character 1 must be the letter of the issuing office | 第二位“1”必须是发牌机关代号字母",
        "京A1234 | plate.length | has 6 characters; a plate has 7, or 8 for a new-energy plate | 有 6 位；车牌为 7 位，新能源车牌为 8 位",
        "京A123456789 | plate.length | has 11 characters | 有 11 位",
        "粤BX12345 | plate.newEnergy | has 8 characters but is no new-energy plate | 有 8 位，但不是新能源车牌",
        "粤BD1234A | plate.newEnergy | 4 digits last | 末 4 位是数字",
        "沪A1234AD | plate.newEnergy | 5 digits then D or F | 5 位数字加 D 或 F",
        "浙AD1A234 | plate.newEnergy | energy letter | 能源字母",
        "沪A12345X | plate.newEnergy | is no new-energy plate | 不是新能源车牌",
        "粤Z12345 | plate.crossBorder | issued by Guangdong as 粤Z | 由广东核发，格式为粤Z",
        "京A1234港 | plate.crossBorder | only cross-border cars of Hong Kong and Macau end with 港 or 澳 | 只有港澳入出境车的车牌以“港”或“澳”结尾",
        "粤Z12345港 | plate.crossBorder | 粤Z, 4 letters or digits, then 港 or 澳 | 4 位字母或数字",
        "使01457 | plate.embassy | an embassy plate is 使 followed by 6 digits | 使馆车牌为“使”字加 6 位数字",
        "使A14578 | plate.embassy | 使 followed by 6 digits | 加 6 位数字",
        "京A1234超 | plate.format | is not a mainland plate | 不是有效的大陆车牌",
        "'  ' | plate.format | is not a mainland plate | 不是有效的大陆车牌",
    })
    void C15_refusalNamesTheRuleInBothLanguages(String text, String code, String en, String zh) {
        Refusals.refusedWith(() -> LicencePlate.parse(text), code, en, zh);
    }

    @Test
    void C2_kindMustMatchPlate() {
        assertThatThrownBy(() -> new LicencePlate("粤BD12345", Kind.ORDINARY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo("plate.kind");
                    assertThat(e.getMessage()).contains("is not of the kind \"Ordinary plate\"");
                    assertThat(e.text().zh()).contains("不是普通号牌");
                });
    }

    @Test
    void C15_everyKindHasABilingualLabelOfItsOwn() {
        assertThat(Arrays.stream(Kind.values()).map(k -> k.label().zh()).distinct()).hasSize(Kind.values().length);
        assertThat(Kind.HONG_KONG.label().zh()).isEqualTo("香港入出境车号牌");
        assertThat(Kind.EMBASSY.label().en()).isEqualTo("Embassy vehicle plate");
        assertThat(Kind.COACH.code()).isEqualTo("coach");
    }

    @Test
    void C15_everyProvinceAbbreviationOfGa36IsAccepted() {
        String provinces = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
        assertThat(provinces.codePoints().distinct().count()).isEqualTo(31);
        provinces.codePoints().forEach(p -> {
            String head = new String(Character.toChars(p));
            assertThat(LicencePlate.parse(head + "A12345").province()).isEqualTo(head);
            assertThat(LicencePlate.parse(head + "AD12345").kind()).isEqualTo(Kind.NEW_ENERGY_SMALL);
        });
    }
}
