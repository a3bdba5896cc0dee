package org.aftersales.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** E1: the tour a newcomer runs prints every part of the day, readable, without a stack trace. */
class DealershipDemoTest {

    @Test
    void E1_tourPrintsEachPartOfTheDay() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DealershipDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("VIN            LSVAA4182E2101238")
                .contains("校验位错误")
                .contains("promised Thu 2026-10-08 09:30  (the National Day holiday does not count)")
                .contains("(Sunday 2026-09-20 is a make-up working day)")
                .contains("Work for Wang goes to Chen Jun")
                .contains("Put 1 x Bonnet, Accord (60100-TVA-A00) in ")
                .contains("Runners-up and why they lost:")
                .contains("Scorecard 考核卡  Staff 员工")
                .contains("Scorecard 考核卡  Department 部门")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
