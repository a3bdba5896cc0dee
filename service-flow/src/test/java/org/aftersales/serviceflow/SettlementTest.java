package org.aftersales.serviceflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.value.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** F18: the two rounding points (line amounts, then VAT on the customer-paid net), half-up to the fen. */
class SettlementTest {

    static EstimateLine line(String key, String qty, String price, Payer payer) {
        return new EstimateLine(key, EstimateLine.Kind.PART, key, null, PartNumber.of("P-" + key), new BigDecimal(qty),
                Money.ofYuan(price), payer, -1);
    }

    @ParameterizedTest(name = "{0} x {1} and {2} x {3}, discount {4}: net {5}, VAT {6}, total {7}")
    @CsvSource({
        // qty, price, qty, price, discount, net, vat, total
        "1,    100.00, 1, 0.00,  0.00, 100.00, 13.00, 113.00",
        "3,    0.335,  1, 0.00,  0.00, 1.01,   0.13,  1.14",     // 1.005 -> 1.01 at the line; 0.1313 -> 0.13
        "1,    0.50,   1, 0.00,  0.00, 0.50,   0.07,  0.57",     // 0.065 -> 0.07 half-up
        "4.2,  68.33,  1, 60.00, 0.00, 346.99, 45.11, 392.10",   // 286.986 -> 286.99; 45.1087 -> 45.11
        "1,    80.02,  1, 0.00,  10.02, 80.02, 9.10,  79.10",    // VAT on 70.00 after the discount
        "2.5,  33.333, 1, 0.01,  0.00, 83.34,  10.83, 94.17"})   // 83.3325 -> 83.33, + 0.01; 10.8342 -> 10.83
    void F18_roundsEachLineThenTheVatOnce(String q1, String p1, String q2, String p2, String discount, String net,
            String vat, String total) {
        List<EstimateLine> lines = List.of(line("A", q1, p1, Payer.CUSTOMER), line("B", q2, p2, Payer.CUSTOMER),
                line("W", "1", "99.99", Payer.WARRANTY), line("I", "1", "5.00", Payer.INSURANCE));
        Settlement s = Settlement.of(lines, Money.ofYuan(discount), StaffId.of("mgr"), new BigDecimal("0.13"));
        assertThat(s.customerNet()).isEqualTo(Money.ofYuan(net));
        assertThat(s.vat()).isEqualTo(Money.ofYuan(vat));
        assertThat(s.total()).isEqualTo(Money.ofYuan(total));
        assertThat(s.warrantyClaim()).isEqualTo(Money.ofYuan("99.99"));
        assertThat(s.otherPayers()).isEqualTo(Money.ofYuan("5.00"));
        assertThat(s.invoiceLines()).extracting(EstimateLine::key).containsExactly("A", "B");
    }

    @ParameterizedTest
    @CsvSource({"0.13, 113.00", "0.09, 109.00", "0.06, 106.00", "0, 100.00"})
    void F18_theVatRateIsASetting(String rate, String total) {
        Settlement s = Settlement.of(List.of(line("A", "1", "100.00", Payer.CUSTOMER)), Money.ZERO, null,
                new BigDecimal(rate));
        assertThat(s.total()).isEqualTo(Money.ofYuan(total));
    }
}
