package org.aftersales.demo.parts;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.demo.day.Lang;
import org.aftersales.inventory.AuditReport;
import org.aftersales.inventory.BinChoice;
import org.aftersales.inventory.Finding;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.Move;
import org.aftersales.inventory.NoBinFits;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementDecision;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRequest;
import org.aftersales.inventory.PlacementRules;
import org.aftersales.inventory.PlacementSettings;
import org.aftersales.inventory.ReslottingOptions;
import org.aftersales.inventory.ReslottingPlan;
import org.aftersales.inventory.RuleCount;
import org.aftersales.inventory.RuleSet;
import org.aftersales.inventory.RuleVerdict;
import org.aftersales.inventory.RunnerUp;
import org.aftersales.inventory.StockSnapshot;
import org.aftersales.inventory.WarehouseState;

/**
 * The parts warehouse on the command line: {@code place} chooses a bin for an incoming part and
 * explains why; {@code audit} lists every violation of the layout with its stock and, with
 * {@code --replan}, the moves that fix them. Input is JSON files (the bundled sample warehouse
 * when none are given); output is text in English or Chinese ({@code --lang zh}) or JSON
 * ({@code --json}). Bad input prints the violations in both languages, never a stack trace.
 *
 * <pre>
 * place --part 15400-RTA-003 --qty 12 [--layout F] [--parts F] [--stock F] [--settings F] [--rules standard]
 *       [--lang zh] [--json]
 * audit [--replan] [--layout F] [--parts F] [--stock F] [--settings F] [--rules standard] [--lang zh] [--json]
 * </pre>
 */
public final class PartsCommands {

    private static final String SAMPLE = "/sample/";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> options = new HashMap<>();
    private boolean zh;
    private boolean json;
    private PlacementRules rules = PlacementRules.standard();

    private PartsCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs a command.
     *
     * @param args the command ({@code place} or {@code audit}) and its options
     * @param out where to print
     * @return 0 on success, 1 for bad input, 2 when a business rule refused
     */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, out);
    }

    /**
     * Runs a command, its result on one stream and its errors on another.
     *
     * @param args the command ({@code place} or {@code audit}) and its options
     * @param out where the result goes
     * @param err where usage, refusals and errors go
     * @return 0 on success, 1 for bad input, 2 when a business rule refused, 3 when it failed
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new PartsCommands(out, err).execute(args);
    }

    /**
     * The demo's parts scene: one placement on the sample warehouse, with its explanation.
     *
     * @param out where to print
     */
    public static void demo(PrintStream out) {
        out.println();
        out.println("== Parts receiving: where does a new bonnet for an Accord go? ==");
        run(new String[] {"place", "--part", "60100-TVA-A00", "--qty", "1"}, out);
    }

    private int execute(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        try {
            parse(args);
            switch (command) {
                case "place":
                    return place();
                case "audit":
                    return audit();
                default:
                    err.println("usage: place --part NUMBER --qty N | audit [--replan]  [--layout F --parts F --stock F]"
                            + " [--settings F] [--rules NAME] [--lang zh] [--json]");
                    return 1;
            }
        } catch (ValidationException e) {
            printViolations(e.violations());
            return 1;
        } catch (BusinessRuleException e) {
            if (json) {
                err.println(toJson(e.detail().<Object>map(d -> d).orElse(e.text())));
            } else {
                printRefusal(e);
            }
            return 2;
        } catch (IOException e) {
            err.println("Cannot read " + e.getMessage());
            err.println("无法读取文件 " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("The command failed: " + e);
            err.println("命令执行失败：" + e);
            return 3;
        }
    }

    private void parse(String[] args) {
        List<Violation> bad = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--replan")) {
                options.put("replan", "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                options.put(a.substring(2), args[++i]);
            } else {
                bad.add(new Violation("args[" + i + "]", "cli.option",
                        new LocalizedText("Unknown or incomplete option " + a, "未知或不完整的选项 " + a)));
            }
        }
        zh = options.getOrDefault("lang", "en").toLowerCase(Locale.ROOT).startsWith("zh");
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
    }

    /** The engine and the stock, loaded together so that one refusal lists the problems of every input. */
    private record Warehouse(PlacementEngine engine, WarehouseState state) {
    }

    /**
     * Loads the documents and checks the rule set name, adding every problem to those found in
     * the options already, and refuses them all at once.
     */
    private Warehouse warehouse(List<Violation> bad) throws IOException {
        Layout layout = load("layout", bad, Layout::fromJson);
        PartMaster parts = load("parts", bad, PartMaster::fromJson);
        PlacementSettings settings = options.containsKey("settings")
                ? load("settings", bad, PlacementSettings::fromJson)
                : PlacementSettings.defaults();
        StockSnapshot stock = load("stock", bad, StockSnapshot::fromJson);
        rules = PlacementRules.discover();
        String ruleSet = options.getOrDefault("rules", "standard");
        if (rules.ruleSet(ruleSet).isEmpty()) {
            String known = String.join(", ", rules.ruleSets().stream().map(RuleSet::name).toList());
            bad.add(new Violation("--rules", "rules.unknownSet", new LocalizedText(
                    "No rule set is called " + ruleSet + "; there are " + known + ".",
                    "没有名为 " + ruleSet + " 的规则组；现有：" + known + "。")));
        }
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        PlacementEngine engine = PlacementEngine.builder(layout, parts).rules(rules).settings(settings).ruleSet(ruleSet)
                .build();
        try {
            return new Warehouse(engine, engine.state(stock));
        } catch (ValidationException e) {
            List<Violation> unknown = new ArrayList<>();
            e.violations().forEach(v -> unknown.add(v.under("stock")));
            throw new ValidationException(unknown);
        }
    }

    private <T> T load(String name, List<Violation> bad, java.util.function.Function<String, T> reader) throws IOException {
        try {
            return reader.apply(text(name));
        } catch (ValidationException e) {
            e.violations().forEach(v -> bad.add(v.under(name)));
            return null;
        }
    }

    private String text(String name) throws IOException {
        String file = options.get(name);
        if (file != null) {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        }
        try (InputStream in = PartsCommands.class.getResourceAsStream(SAMPLE + name + ".json")) {
            if (in == null) {
                throw new IOException(SAMPLE + name + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int place() throws IOException {
        List<Violation> bad = new ArrayList<>();
        String part = options.get("part");
        long qty = 0;
        if (part == null) {
            bad.add(new Violation("--part", "required", new LocalizedText("A part number is required.", "必须给出件号。")));
        }
        boolean whole = true;
        try {
            qty = Long.parseLong(options.getOrDefault("qty", "1").strip());
        } catch (NumberFormatException e) {
            whole = false;
            bad.add(new Violation("--qty", "cli.number", new LocalizedText("Quantity must be a whole number.", "数量必须是整数。")));
        }
        PlacementRequest request = null;
        if (part != null && whole) {
            try {
                request = PlacementRequest.of(PartNumber.of(part), qty);
            } catch (ValidationException e) {
                e.violations().forEach(v -> bad.add(new Violation(v.path().startsWith("quantity") ? "--qty" : "--part",
                        v.code(), v.message())));
            }
        }
        Warehouse w = warehouse(bad);
        PlacementEngine engine = w.engine();
        PlacementDecision d = engine.place(w.state(), request);
        if (json) {
            out.println(toJson(d));
            return 0;
        }
        out.println(t(d.summary()));
        out.println(zh ? "选中料位及各规则判定：" : "Chosen bin and every rule's verdict:");
        printChoice(d.chosen());
        if (!d.runnersUp().isEmpty()) {
            out.println(zh ? "落选的候选料位：" : "Runners-up and why they lost:");
            int i = 2;
            for (RunnerUp r : d.runnersUp()) {
                out.printf("  %d. %s  %s%n", i++, r.candidate().bin(), t(r.lostBecause()));
            }
        }
        out.println(zh
                ? String.format(Locale.ROOT, "（共 %d 个料位，索引筛出 %d 个参与评分）", d.binsInWarehouse(), d.candidatesScored())
                : String.format(Locale.ROOT, "(%d of %d bins scored; the indexes ruled out the rest)", d.candidatesScored(),
                        d.binsInWarehouse()));
        return 0;
    }

    private void printChoice(BinChoice c) {
        for (RuleVerdict v : c.verdicts()) {
            String tag = v.kind().name().equals("HARD")
                    ? (v.passed() ? (zh ? "硬 通过" : "HARD ok ") : (zh ? "硬 不符" : "HARD NO "))
                    : String.format(Locale.ROOT, "%s %.2f×%s", zh ? "软" : "SOFT", v.score(), trim(v.weight()));
            out.printf("  [%s] %s  %s%n", tag, pad(rule(v.rule()), 26), t(v.reason()));
        }
    }

    private static String trim(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    private int audit() throws IOException {
        Warehouse w = warehouse(new ArrayList<>());
        PlacementEngine engine = w.engine();
        WarehouseState state = w.state();
        AuditReport report = engine.audit(state);
        ReslottingPlan plan = options.containsKey("replan") ? engine.replan(state, ReslottingOptions.defaults()) : null;
        if (json) {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("audit", report);
            both.put("plan", plan);
            out.println(toJson(plan == null ? report : both));
            return 0;
        }
        out.println(zh
                ? String.format(Locale.ROOT, "审核仓库（规则组“%s”）：%d 个料位，%d 条库存，硬规则违规 %d 处，软规则平均得分 %.2f",
                        Lang.ruleSetLabel(report.ruleSet(), true), report.binsInWarehouse(), report.stockLines(),
                        report.hardViolations().size(), report.softScore())
                : String.format(Locale.ROOT, "Audit under rule set %s: %d bins, %d stock lines, %d hard violations, mean soft score %.2f",
                        report.ruleSet(), report.binsInWarehouse(), report.stockLines(), report.hardViolations().size(),
                        report.softScore()));
        for (Finding f : report.hardViolations()) {
            out.printf("  %-11s %-15s %s  %s%n", f.bin(), f.part(), pad(rule(f.rule()), 18), t(f.reason()));
        }
        out.println(zh
                ? String.format(Locale.ROOT, "软规则得分偏低 %d 处（低于 %.2f）", report.softShortfalls().size(),
                        engine.settings().softShortfallBelow())
                : String.format(Locale.ROOT, "%d soft rule scores below %.2f", report.softShortfalls().size(),
                        engine.settings().softShortfallBelow()));
        if (plan != null) {
            out.println(zh
                    ? String.format(Locale.ROOT, "调整方案：移库 %d 次；硬规则违规 %d → %d；软规则得分 %.2f → %.2f",
                            plan.moves().size(), plan.hardViolationsBefore(), plan.hardViolationsAfter(),
                            plan.softScoreBefore(), plan.softScoreAfter())
                    : String.format(Locale.ROOT, "Re-slotting plan: %d moves; hard violations %d -> %d; soft score %.2f -> %.2f",
                            plan.moves().size(), plan.hardViolationsBefore(), plan.hardViolationsAfter(),
                            plan.softScoreBefore(), plan.softScoreAfter()));
            for (Move m : plan.moves()) {
                out.printf("  %-15s x%-4d %s -> %s  %s%n", m.part(), m.quantity(), m.from(), m.to(), t(m.reason()));
            }
            for (Finding f : plan.unresolved()) {
                out.printf("  %s %s %s: %s%n", zh ? "无法解决" : "unresolved", f.bin(), f.part(), t(f.reason()));
            }
        }
        return 0;
    }

    private void printViolations(List<Violation> violations) {
        if (json) {
            err.println(toJson(violations));
            return;
        }
        err.println("Invalid input (" + violations.size() + ") / 输入有误（" + violations.size() + "处）:");
        for (Violation v : violations) {
            String where = v.path().isEmpty() ? "" : v.path() + ": ";
            err.println("  " + where + v.message().en());
            err.println("  " + where + v.message().zh());
        }
    }

    private void printRefusal(BusinessRuleException e) {
        err.println(e.text().en());
        err.println(e.text().zh());
        e.detail(NoBinFits.class).ifPresent(nbf -> {
            for (RuleCount c : nbf.ruledOut()) {
                err.printf("  %-20s %6d  %s / %s%n", c.rule(), c.binsRuledOut(), c.title().en(), c.title().zh());
            }
        });
    }

    private String t(LocalizedText text) {
        return zh ? Lang.inChinese(text.zh()) : text.en();
    }

    /** A rule's name as the reader sees it: its id in English, its title in Chinese. */
    private String rule(String id) {
        return zh ? rules.rule(id).map(r -> r.title().zh()).orElse(id) : id;
    }

    private static String pad(String text, int columns) {
        int width = Lang.width(text);
        return width >= columns ? text : text + " ".repeat(columns - width);
    }


    private static String toJson(Object value) {
        return AftersalesJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
