package org.aftersales.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.aftersales.core.i18n.LocalizedText;
import org.junit.jupiter.api.Test;

/** C9: a refusal's detail is typed, asked for by the type the caller knows. */
class BusinessRuleExceptionTest {

    record Shortfall(int missing) implements RefusalDetail {
    }

    record Other(String note) implements RefusalDetail {
    }

    @Test
    void C9_aDetailIsFoundByItsTypeAndOnlyByIt() {
        BusinessRuleException e = new BusinessRuleException("stock.negative",
                new LocalizedText("Two short.", "缺两件。"), new Shortfall(2));
        assertThat(e.detail(Shortfall.class)).map(Shortfall::missing).contains(2);
        assertThat(e.detail(Other.class)).isEmpty();
        assertThat(e.detail()).containsInstanceOf(Shortfall.class);
    }

    @Test
    void C9_aRefusalWithoutDetailSaysSo() {
        BusinessRuleException e = new BusinessRuleException("stock.negative", new LocalizedText("No.", "不行。"), null);
        assertThat(e.detail()).isEmpty();
        assertThat(e.detail(Shortfall.class)).isEmpty();
        assertThat(e.rule()).isEqualTo("stock.negative");
    }
}
