package org.aftersales.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Checks a refusal: one violation with its code and both texts. */
final class Refusals {

    private Refusals() {
    }

    static void refusedWith(ThrowingCallable call, String code, String en, String zh) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo(code);
                    assertThat(v.path()).isEqualTo("value");
                    assertThat(v.message().en()).contains(en);
                    assertThat(v.message().zh()).contains(zh);
                }));
    }
}
