package org.aftersales.demo.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.inventory.PlacementDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartsCommandsTest {

    record Run(int code, String out) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = PartsCommands.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(code, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void placeExplainsTheDecisionInEnglishAndChinese() {
        Run en = run("place", "--part", "60100-TVA-A00", "--qty", "1");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("Put 1 x Bonnet, Accord").contains("same-type-together").contains("Runners-up");
        Run zh = run("place", "--part", "60100-TVA-A00", "--qty", "1", "--lang", "zh");
        assertThat(zh.out()).contains("雅阁发动机盖").contains("落选的候选料位");
    }

    /** Issue 11: the Chinese output names categories and look-alike groups in Chinese. */
    @Test
    void issue11_chineseOutputNamesCategoriesAndGroupsInChinese() {
        Run place = run("place", "--part", "60100-TVA-A00", "--qty", "1", "--lang", "zh");
        assertThat(place.out()).contains("车身覆盖件").doesNotContain("body-panel 0");
        Run audit = run("audit", "--lang", "zh");
        assertThat(audit.out()).contains("68 毫米机油滤清器").contains("车身覆盖件").contains("内饰板")
                .doesNotContain("oil-filter-68mm").doesNotContain("专放 body-panel");
    }

    @Test
    void placePrintsJsonThatReadsBack() {
        Run json = run("place", "--part", "73211-TVA-003", "--qty", "1", "--json");
        assertThat(json.code()).isZero();
        PlacementDecision d = AftersalesJson.read(json.out(), PlacementDecision.class);
        assertThat(d.chosen().bin().value()).startsWith("C-");
    }

    @Test
    void auditWithReplanFixesTheSampleWarehouse() {
        Run run = run("audit", "--replan");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("hard violations").contains("look-alike-apart").contains("-> 0;");
    }

    /** Issue 11: a move printed the reason of the move before it, naming the bin it was leaving. */
    @Test
    void issue11_everyMoveOfTheReplanGivesItsOwnReason() {
        for (String lang : new String[] {"en", "zh"}) {
            Run run = run("audit", "--replan", "--lang", lang);
            assertThat(run.code()).isZero();
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(?m)^\\s+(\\S+)\\s+x\\d+\\s+(\\S+) -> (\\S+)\\s+(.*)$").matcher(run.out());
            int moves = 0;
            while (m.find()) {
                moves++;
                assertThat(m.group(4)).as(m.group()).doesNotContain("home in " + m.group(2))
                        .doesNotContain("固定料位 " + m.group(2));
            }
            assertThat(moves).isGreaterThanOrEqualTo(6);
            assertThat(run.out()).contains("33116-TVA-A01");
        }
    }

    /** Issue 11: an unknown rule set, a bad quantity and a faulty document are refused together. */
    @Test
    void issue11_everyProblemOfTheOptionsAndDocumentsIsListedAtOnce(@TempDir Path dir) throws Exception {
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, "{\"waistHeightMm\": null, \"runnersUp\": 99}");
        Run run = run("place", "--part", "15400-RTA-003", "--qty", "0", "--rules", "nope", "--settings", settings.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("--qty").contains("--rules").contains("No rule set is called nope")
                .contains("没有名为 nope 的规则组").contains("settings.waistHeightMm").contains("settings.runnersUp")
                .contains("settings.somewhatHeavy");
        Run json = run("place", "--part", "15400-RTA-003", "--qty", "0", "--rules", "nope", "--json");
        assertThat(json.out()).contains("\"--qty\"").contains("\"--rules\"");
    }

    @Test
    void noBinFitsListsRuleCountsInBothLanguages() {
        Run run = run("place", "--part", "20011-5T0-000", "--qty", "500");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("No bin of").contains("个料位中没有能放下").contains("fits-bin");
    }

    @Test
    void badInputPrintsBilingualViolationsNotAStackTrace(@TempDir Path dir) throws Exception {
        Path layout = dir.resolve("layout.json");
        Files.writeString(layout, "{\"warehouse\": \"W\", \"zones\": [{\"code\": \"A-1\", \"racks\": []}], \"colour\": 1}");
        Run run = run("place", "--part", "X", "--qty", "two", "--layout", layout.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("--qty").contains("数量必须是整数").doesNotContain("\tat ");
        Run bad = run("audit", "--layout", layout.toString());
        assertThat(bad.out()).contains("layout.colour").contains("Unknown property").doesNotContain("\tat ");
        Path settings = dir.resolve("settings.json");
        Files.writeString(settings, "{\"waistHeightMm\": 100}");
        Run badSettings = run("audit", "--settings", settings.toString());
        assertThat(badSettings.out()).contains("settings.somewhatHeavy").contains("此项必填");
        Run missing = run("audit", "--stock", dir.resolve("none.json").toString());
        assertThat(missing.out()).contains("Cannot read").contains("无法读取文件");
    }
}
