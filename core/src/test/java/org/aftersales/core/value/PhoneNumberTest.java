package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.aftersales.core.value.PhoneNumber.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** C2: mainland mobile numbers and landlines with area code, normalised. */
class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "13812345678 | 13812345678 | MOBILE",
        "+86 138 1234 5678 | 13812345678 | MOBILE",
        "0086-19912345678 | 19912345678 | MOBILE",
        "8615012345678 | 15012345678 | MOBILE",
        "010-62345678 | 010-62345678 | LANDLINE",
        "(010) 6234 5678 | 010-62345678 | LANDLINE",
        "021 5555 6666 | 021-55556666 | LANDLINE",
        "0755-8123456 | 0755-8123456 | LANDLINE",
        "0571-88886666转123 | 0571-88886666-123 | LANDLINE",
        "+86 10 6234 5678 | 010-62345678 | LANDLINE",
    })
    void C2_normalisesNumbers(String text, String normal, Kind kind) {
        PhoneNumber phone = PhoneNumber.parse(text);
        assertThat(phone.value()).isEqualTo(normal);
        assertThat(phone.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource(delimiter = '|', value = {
        "1381234567", "12812345678", "138123456789", "62345678", "010-12345678",
        "010-0234567", "abc", "'   '",
    })
    void C2_refusesOtherNumbers(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("phone.format"));
    }
}
