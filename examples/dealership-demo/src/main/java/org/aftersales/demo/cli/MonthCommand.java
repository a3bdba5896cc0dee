package org.aftersales.demo.cli;

import java.util.concurrent.Callable;
import org.aftersales.demo.day.Month;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code month}: a simulated month in memory, with progress and throughput. */
@Command(name = "month", mixinStandardHelpOptions = true,
        description = {"Simulate a month (November 2026) of a dealership of a given size, in memory, and print the throughput.",
                "在内存中模拟指定规模 4S 店的一个月（2026 年 11 月），并给出吞吐量。"})
final class MonthCommand implements Callable<Integer>, Tool.Sub {

    private Tool tool;

    @Mixin
    Tool.Output output = new Tool.Output();

    @Option(names = "--orders", paramLabel = "N", description = "Repair orders in the month (default 500; 1 to 1000000).")
    int orders = 500;

    @Override
    public void tool(Tool t) {
        this.tool = t;
    }

    @Override
    public Integer call() {
        if (orders < 1 || orders > 1_000_000) {
            throw new IllegalArgumentException("--orders must be between 1 and 1000000 / --orders 须在 1 到 1000000 之间");
        }
        boolean terminal = tool.terminal;
        int[] shown = {0};
        Month.Result r = Month.run(orders, done -> {
            int percent = (int) (100L * done / orders);
            if (terminal) {
                if (percent != shown[0]) {
                    int bar = percent / 2;
                    tool.err.print("\r[" + "#".repeat(bar) + ".".repeat(50 - bar) + "] " + percent + "%  " + done + "/" + orders);
                    if (done == orders) {
                        tool.err.println();
                    }
                    tool.err.flush();
                    shown[0] = percent;
                }
            } else if (percent / 10 > shown[0]) {
                shown[0] = percent / 10;
                tool.err.println(shown[0] * 10 + "%");
            }
        });
        if (output.json) {
            tool.out.println(Tool.json(r));
        } else {
            Month.print(r, output.lang, tool.out);
        }
        return Tool.DONE;
    }
}
