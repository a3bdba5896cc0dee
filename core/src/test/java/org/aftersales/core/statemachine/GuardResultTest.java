package org.aftersales.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

class GuardResultTest {

    enum S { OPEN, DONE }

    enum E { FINISH }

    static final LocalizedText TEXT = new LocalizedText("Not yet.", "还没有。");

    @Test
    void C6_allowedIsOneSharedValueAndARefusalNeedsACode() {
        assertThat(GuardResult.allowed()).isSameAs(GuardResult.allowed());
        assertThat(GuardResult.allowed().isAllowed()).isTrue();
        assertThat(GuardResult.refused("not-yet", TEXT).isAllowed()).isFalse();
        assertThatThrownBy(() -> GuardResult.refused(" ", TEXT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void C6_requireReturnsTheSameRefusalEveryTime() {
        Guard<Boolean> guard = Guard.require(Boolean::booleanValue, "not-yet", TEXT);
        assertThat(guard.check(true)).isSameAs(GuardResult.allowed());
        assertThat(guard.check(false)).isSameAs(guard.check(false))
                .isEqualTo(new GuardResult.Refused("not-yet", TEXT));
    }

    @Test
    void C6_aGuardThatReturnsNullIsNamedInTheError() {
        StateMachineDefinition<S, E, Object> d = StateMachineDefinition.builder("broken-guard", S.class, E.class,
                        Object.class)
                .initial(S.OPEN).finals(S.DONE)
                .from(S.OPEN).on(E.FINISH).to(S.DONE).guard("forgetful", c -> null)
                .build();
        assertThatThrownBy(() -> d.fire(S.OPEN, E.FINISH, new Object()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("forgetful");
    }
}
