package org.aftersales.demo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.aftersales.demo.parts.PartsCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code place} and {@code audit}: the parts warehouse commands on JSON files (the sample warehouse by default). */
final class PartsCommand {

    private PartsCommand() {
    }

    /** The warehouse documents and the rule set, shared by both commands. */
    static final class Warehouse {
        @Option(names = "--layout", paramLabel = "FILE", description = "Warehouse layout JSON (default: the sample, 714 bins).")
        Path layout;
        @Option(names = "--parts", paramLabel = "FILE", description = "Part master JSON (default: the sample, 38 parts).")
        Path parts;
        @Option(names = "--stock", paramLabel = "FILE", description = "Stock snapshot JSON (default: the sample).")
        Path stock;
        @Option(names = "--settings", paramLabel = "FILE", description = "Placement settings JSON (default: the library's).")
        Path settings;
        @Option(names = "--rules", paramLabel = "NAME", description = "Rule set: standard (default) or counter-first; an unknown name lists the valid ones.")
        String rules;

        void addTo(List<String> args, Tool.Output output) {
            add(args, "--layout", layout);
            add(args, "--parts", parts);
            add(args, "--stock", stock);
            add(args, "--settings", settings);
            add(args, "--rules", rules);
            args.add("--lang");
            args.add(output.lang.name().toLowerCase(java.util.Locale.ROOT));
            if (output.json) {
                args.add("--json");
            }
        }

        private static void add(List<String> args, String name, Object value) {
            if (value != null) {
                args.add(name);
                args.add(value.toString());
            }
        }
    }

    /** {@code place}. */
    @Command(name = "place", mixinStandardHelpOptions = true,
            description = {"Choose a bin for an incoming part and explain why, rule by rule.", "为到货配件选择料位并逐条说明理由。"})
    static final class Place implements Callable<Integer>, Tool.Sub {
        private Tool tool;
        @Mixin
        Tool.Output output = new Tool.Output();
        @Mixin
        Warehouse warehouse = new Warehouse();
        @Option(names = "--part", required = true, paramLabel = "NUMBER", description = "The part number, such as 15400-RTA-003.")
        String part;
        @Option(names = "--qty", paramLabel = "N", description = "Pieces (default 1).")
        String qty = "1";

        @Override
        public void tool(Tool t) {
            this.tool = t;
        }

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>(List.of("place", "--part", part, "--qty", qty));
            warehouse.addTo(args, output);
            return PartsCommands.run(args.toArray(String[]::new), tool.out, tool.err);
        }
    }

    /** {@code audit}. */
    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = {"Audit the warehouse layout: every rule violation with its stock; --replan adds the moves that fix them.",
                    "审核仓库摆放：列出每处违规；加 --replan 给出调整方案。"})
    static final class Audit implements Callable<Integer>, Tool.Sub {
        private Tool tool;
        @Mixin
        Tool.Output output = new Tool.Output();
        @Mixin
        Warehouse warehouse = new Warehouse();
        @Option(names = "--replan", description = "Also plan the moves that fix the violations.")
        boolean replan;

        @Override
        public void tool(Tool t) {
            this.tool = t;
        }

        @Override
        public Integer call() {
            List<String> args = new ArrayList<>(List.of("audit"));
            if (replan) {
                args.add("--replan");
            }
            warehouse.addTo(args, output);
            return PartsCommands.run(args.toArray(String[]::new), tool.out, tool.err);
        }
    }
}
