package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.aftersales.core.value.PhoneNumber.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * C2, C15: mainland mobiles, landlines, 400/800 hotlines and 95 service numbers, in every usual
 * way of writing them, after the national numbering plan; each refusal names its rule in both
 * languages.
 */
class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "13812345678 | 13812345678 | MOBILE",
        "+86 138 1234 5678 | 13812345678 | MOBILE",
        "+8613812345678 | 13812345678 | MOBILE",
        "0086-19912345678 | 19912345678 | MOBILE",
        "0086 199 1234 5678 | 19912345678 | MOBILE",
        "8615012345678 | 15012345678 | MOBILE",
        "86-150-1234-5678 | 15012345678 | MOBILE",
        "(+86) 150 1234 5678 | 15012345678 | MOBILE",
        "138.1234.5678 | 13812345678 | MOBILE",
        "010-62345678 | 010-62345678 | LANDLINE",
        "(010) 6234 5678 | 010-62345678 | LANDLINE",
        "021 5555 6666 | 021-55556666 | LANDLINE",
        "0755-8123456 | 0755-8123456 | LANDLINE",
        "0571-88886666转123 | 0571-88886666-123 | LANDLINE",
        "0571-88886666 分机 123 | 0571-88886666-123 | LANDLINE",
        "0571-88886666 ext. 123 | 0571-88886666-123 | LANDLINE",
        "0571-88886666-123 | 0571-88886666-123 | LANDLINE",
        "+86 10 6234 5678 | 010-62345678 | LANDLINE",
        "+86 (0)10 6234 5678 | 010-62345678 | LANDLINE",
        "86-755-8123-4567 | 0755-81234567 | LANDLINE",
        "0086 571 8888 6666 | 0571-88886666 | LANDLINE",
        "4008208820 | 400-820-8820 | HOTLINE",
        "400-820-8820 | 400-820-8820 | HOTLINE",
        "800 810 8888 | 800-810-8888 | HOTLINE",
        "400-820-8820转2 | 400-820-8820-2 | HOTLINE",
        "+86 400 820 8820 | 400-820-8820 | HOTLINE",
        "95588 | 95588 | SERVICE",
        "955 18 | 95518 | SERVICE",
        "950 555 | 950555 | SERVICE",
        "+86 95511 | 95511 | SERVICE",
    })
    void C15_normalisesEveryUsualForm(String text, String normal, Kind kind) {
        PhoneNumber phone = PhoneNumber.parse(text);
        assertThat(phone.value()).isEqualTo(normal);
        assertThat(phone.kind()).isEqualTo(kind);
        assertThat(phone.isMobile()).isEqualTo(kind == Kind.MOBILE);
        assertThat(new PhoneNumber(normal, kind)).isEqualTo(phone);
        assertThat(PhoneNumber.parse(normal)).isEqualTo(phone);
    }

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "1381234567 | phone.mobileLength | has 10 digits; a mobile number has 11 | 有 10 位数字；手机号为 11 位",
        "138123456789 | phone.mobileLength | has 12 digits | 有 12 位数字",
        "12812345678 | phone.mobilePrefix | starts with 12; mobile numbers start with 13 to 19 | 以 12 开头",
        "62345678 | phone.areaCodeMissing | has no area code | 没有区号",
        "010-12345678 | phone.localStart | a local number cannot start with 0 or 1 | 本地号码不能以 0 或 1 开头",
        "010-0234567 | phone.localStart | cannot start with 0 or 1, and this one starts with 0 | 此号码以 0 开头",
        "010-623456 | phone.localLength | has 7 or 8 digits, and this one has 6 | 此号码有 6 位",
        "0755-812345678 | phone.localLength | this one has 9 | 此号码有 9 位",
        "0112345678 | phone.areaCode | starts with 011, which is no area code | 这不是区号",
        "400-820-882 | phone.hotlineLength | has 9 digits; a 400 or 800 number has 10 | 400 或 800 号码为 10 位",
        "9558 | phone.serviceLength | has 4 digits; a 95 service number has 5 or 6 | 95 服务号码为 5 位或 6 位",
        "9558812 | phone.serviceLength | has 7 digits | 有 7 位数字",
        "+1 415 555 0100 | phone.foreign | country code +1; only mainland numbers (+86) | 只接受大陆号码",
        "00852 2345 6789 | phone.foreign | country code +852 | 国家代码是 +852",
        "138-1234-567a | phone.characters | cannot have: A | 不能出现的字符：A",
        "abc | phone.characters | cannot have: ABC | 不能出现的字符：ABC",
        "13812345678转12 | phone.extensionKind | only a landline or a hotline can have an extension | 只有固定电话或热线可以带分机号",
        "010-62345678转1234567 | phone.extension | the extension has 7 digits; at most 6 | 分机号有 7 位，最多允许 6 位",
        "'   ' | phone.format | is not a mainland number | 不是大陆号码",
        "'--' | phone.format | is not a mainland number | 不是大陆号码",
    })
    void C15_refusalNamesTheRuleInBothLanguages(String text, String code, String en, String zh) {
        Refusals.refusedWith(() -> PhoneNumber.parse(text), code, en, zh);
    }

    @Test
    void C2_canonicalFormIsCheckedPerKind() {
        assertThatThrownBy(() -> new PhoneNumber("010-62345678", Kind.MOBILE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("phone.format"));
        assertThatThrownBy(() -> PhoneNumber.parse(null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("required"));
    }

    @Test
    void C15_kindsHaveBilingualLabels() {
        assertThat(Kind.HOTLINE.label().zh()).isEqualTo("400/800 热线");
        assertThat(Kind.SERVICE.label().en()).isEqualTo("95 service number");
    }

    @ParameterizedTest(name = "area code {0}")
    @CsvSource({"010, 3", "020, 3", "021, 3", "022, 3", "023, 3", "024, 3", "025, 3", "027, 3", "028, 3", "029, 3",
        "0311, 4", "0571, 4", "0755, 4", "0898, 4", "0991, 4"})
    void C15_areaCodesOfTheNumberingPlanSplitWhereverTheyAreTyped(String area, int length) {
        PhoneNumber phone = PhoneNumber.parse(area + "62345678");
        assertThat(phone.value()).isEqualTo(area + "-62345678");
        assertThat(phone.value().indexOf('-')).isEqualTo(length);
        assertThat(PhoneNumber.parse("+86 " + area.substring(1) + " 6234 5678")).isEqualTo(phone);
    }
}
