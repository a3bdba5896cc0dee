package org.aftersales.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.Grade;
import org.aftersales.core.scoring.TrendPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.aftersales.serviceflow.board.PublicRow;
import org.junit.jupiter.api.Test;

/** The console's small parts without a server. */
class ConsolePartsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, 'zh-CN,zh;q=0.9,en;q=0.8', ZH",
        "null, 'en-US,en;q=0.9', EN",
        "null, 'fr-FR,zh-TW;q=0.5', ZH",
        "null, 'fr-FR', EN",
        "null, null, EN",
        "null, ';;;', EN",
        "en, 'zh-CN', EN",
        "zh, 'en-US', ZH",
        "xx, 'zh-CN', ZH"})
    void K9_languageFromTheSwitchThenTheBrowser(String cookie, String header, Lang expected) {
        assertThat(Lang.choose(cookie, header)).isEqualTo(expected);
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void K1_failedSignInsOpenAgainWhenTheWindowPasses() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(ConsoleSettings.defaults(clock).withFailedLoginLimit(2));
        throttle.failed("wang", "10.0.0.1");
        assertThat(throttle.wait("wang", "10.0.0.1")).isZero();
        throttle.failed("WANG ", "10.0.0.1");
        assertThat(throttle.wait("wang", "10.0.0.2")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.wait("li", "10.0.0.1")).as("another name from the same desk").isZero();
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.wait("wang", "10.0.0.1")).isZero();
    }

    @Test
    void K1_idleSessionsEndAndAreDropped() {
        MovingClock clock = new MovingClock();
        Sessions sessions = new Sessions(ConsoleSettings.defaults(clock));
        Sessions.Session first = sessions.open(null);
        for (int i = 1; i < Sessions.SWEEP_AT; i++) {
            sessions.open(null);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(first.id())).as("a request keeps it alive").isSameAs(first);
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        sessions.open(null);
        assertThat(sessions.size()).as("the idle ones are dropped at once").isEqualTo(1);
        assertThat(sessions.find(first.id())).isNull();
        assertThat(Sessions.tokenMatches(first, first.csrf())).isTrue();
        assertThat(Sessions.tokenMatches(first, "forged")).isFalse();
        assertThat(Sessions.tokenMatches(null, first.csrf())).isFalse();
    }

    @Test
    void K1_passwordsAreKeptAsSaltedBcryptHashes() {
        Accounts accounts = new Accounts(4);
        String a = accounts.hash("same password");
        String b = accounts.hash("same password");
        assertThat(a).startsWith("$2a$04$").isNotEqualTo(b);
        assertThat(new Accounts(Accounts.DEFAULT_COST).hash("x")).startsWith("$2a$12$");
    }

    @Test
    void S5_trendChartPlacesOnePointPerPeriod() {
        Grade c = new Grade("C", new LocalizedText("acceptable", "合格"), new BigDecimal("80"));
        List<TrendPoint> trend = List.of(
                new TrendPoint(AssessmentPeriod.month(YearMonth.of(2026, 1)), new BigDecimal("80.00"), c, null),
                new TrendPoint(AssessmentPeriod.month(YearMonth.of(2026, 2)), new BigDecimal("100.00"), c, new BigDecimal("20")));
        String svg = TrendChart.svg(trend, "trend <of> someone");
        assertThat(svg).contains("data-period=\"2026-01\" data-percent=\"80\"").contains("data-percent=\"100\"")
                .contains("aria-label=\"trend &lt;of&gt; someone\"").contains("<polyline");
        assertThat(svg.split("<circle", -1)).hasSize(3);
    }

    @Test
    void P2_fillColoursByShare() {
        assertThat(WarehousePage.fillClass(0)).isEqualTo("empty");
        assertThat(WarehousePage.fillClass(0.1)).isEqualTo("f1");
        assertThat(WarehousePage.fillClass(0.6)).isEqualTo("f3");
        assertThat(WarehousePage.fillClass(1.0)).isEqualTo("f4");
        assertThat(WarehousePage.fillClass(1.2)).isEqualTo("over");
    }

    @ParameterizedTest
    @CsvSource({"粤B12345, 粤B***45", "粤BD12345, 粤B***45", "京A·F0236, 京A***36", "'', ***", "粤B1, ***"})
    void F16_platesAreMaskedOnThePublicBoard(String plate, String masked) {
        assertThat(PublicRow.maskPlate(plate)).isEqualTo(masked);
    }
}
