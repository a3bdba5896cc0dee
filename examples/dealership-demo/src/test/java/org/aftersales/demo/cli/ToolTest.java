package org.aftersales.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.demo.day.Month;
import org.junit.jupiter.api.Test;

/** E4: the tool's help, exit codes, suggestions, errors on standard error and JSON. */
class ToolTest {

    static ToolRun run(String... args) {
        return ToolRun.run(Map.of(), args);
    }

    @Test
    void E4_helpListsEveryCommandAndEachCommandHasItsOwn() {
        ToolRun help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("day").contains("month").contains("place").contains("audit").contains("receive")
                .contains("book").contains("board").contains("complaint").contains("scorecard")
                .contains("0  done").contains("1  bad input").contains("2  refused by a business rule")
                .contains("3  storage unavailable");
        for (String command : new String[] {"day", "month", "place", "audit", "receive", "book", "board", "complaint",
                "scorecard", "diagrams", "tour"}) {
            ToolRun h = run(command, "--help");
            assertThat(h.code()).as(command).isZero();
            assertThat(h.out()).as(command).contains("Usage: aftersales-demo " + command);
        }
    }

    @Test
    void E4_anUnknownCommandOrOptionSaysSoOnStandardErrorAndSuggestsTheNearest() {
        ToolRun command = run("boart");
        assertThat(command.code()).isEqualTo(Tool.BAD_INPUT);
        assertThat(command.out()).isEmpty();
        assertThat(command.err()).contains("Unmatched argument").contains("boart").contains("Did you mean")
                .contains("board");
        ToolRun option = run("audit", "--replna");
        assertThat(option.code()).isEqualTo(Tool.BAD_INPUT);
        assertThat(option.out()).isEmpty();
        assertThat(option.err()).contains("Unknown option: '--replna'").contains("--replan");
    }

    @Test
    void E4_anUnknownLanguageOrRuleSetListsTheValidOnes() {
        ToolRun lang = run("board", "--lang", "fr");
        assertThat(lang.code()).isEqualTo(Tool.BAD_INPUT);
        assertThat(lang.err()).contains("fr").contains("valid: en, zh");
        ToolRun rules = run("place", "--part", "15400-RTA-003", "--rules", "nope");
        assertThat(rules.code()).isEqualTo(Tool.BAD_INPUT);
        assertThat(rules.out()).isEmpty();
        assertThat(rules.err()).contains("No rule set is called nope; there are standard, counter-first");
    }

    @Test
    void E4_exitCodesForDoneBadInputRefusedAndStorageUnavailable() {
        ToolRun done = run("place", "--part", "60100-TVA-A00");
        assertThat(done.code()).isEqualTo(Tool.DONE);
        assertThat(done.err()).isEmpty();
        ToolRun bad = run("place", "--part", "15400-RTA-003", "--qty", "two");
        assertThat(bad.code()).isEqualTo(Tool.BAD_INPUT);
        assertThat(bad.err()).contains("数量必须是整数");
        ToolRun refused = run("place", "--part", "20011-5T0-000", "--qty", "500");
        assertThat(refused.code()).isEqualTo(Tool.REFUSED);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).contains("No bin of").contains("个料位中没有能放下");
        for (String command : new String[] {"day", "board"}) {
            ToolRun down = ToolRun.run(ToolRun.unreachable(), command);
            assertThat(down.code()).as(command).isEqualTo(Tool.STORAGE);
            assertThat(down.out()).as(command).isEmpty();
            assertThat(down.err()).as(command).contains("Storage unavailable").contains("存储不可用")
                    .doesNotContain("\tat ").doesNotContain("Exception:");
        }
    }

    @Test
    void E4_aFolderThatCannotBeWrittenIsBadInputNotAStackTrace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        ToolRun run = run("diagrams", "--out", file.resolve("inside").toString());
        assertThat(run.code()).isEqualTo(Tool.BAD_INPUT);
        assertThat(run.err()).contains("Cannot read or write").contains("无法读写").doesNotContain("\tat ");
    }

    @Test
    void E4_jsonParsesOnTheCommandsThatPrintAResult() throws Exception {
        assertThat(AftersalesJson.mapper().readTree(run("place", "--part", "60100-TVA-A00", "--json").out())
                .get("chosen")).isNotNull();
        assertThat(AftersalesJson.mapper().readTree(run("audit", "--json").out()).get("hardViolations")).isNotNull();
        assertThat(AftersalesJson.mapper().readTree(run("diagrams", "--json", "--out",
                System.getProperty("java.io.tmpdir") + "/aftersales-diagrams-test").out()).get("files").size()).isEqualTo(3);
    }

    @Test
    void E4_monthReportsThroughputAndProgressOnStandardError() {
        ToolRun month = run("month", "--orders", "40", "--json");
        assertThat(month.code()).as(month.err()).isZero();
        Month.Result r = AftersalesJson.read(month.out(), Month.Result.class);
        assertThat(r.orders()).isEqualTo(40);
        assertThat(r.commands()).isEqualTo(40 * 24);
        assertThat(r.events()).isGreaterThan(r.orders() * 20L);
        assertThat(r.ordersPerSecond()).isPositive();
        assertThat(month.err()).contains("10%").contains("100%").doesNotContain("\r");
        ToolRun text = run("month", "--orders", "5", "--lang", "zh");
        assertThat(text.out()).contains("每秒工单").contains("每秒事件");
        assertThat(run("month", "--orders", "0").code()).isEqualTo(Tool.BAD_INPUT);
        java.io.ByteArrayOutputStream bar = new java.io.ByteArrayOutputStream();
        int code = Tool.run(new String[] {"month", "--orders", "10"}, new java.io.PrintStream(
                java.io.OutputStream.nullOutputStream()), new java.io.PrintStream(bar, true,
                java.nio.charset.StandardCharsets.UTF_8), Map.of(), true);
        assertThat(code).isZero();
        assertThat(bar.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\r[#####").contains("] 100%  10/10");
    }
}
