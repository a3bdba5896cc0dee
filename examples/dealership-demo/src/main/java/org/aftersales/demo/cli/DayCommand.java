package org.aftersales.demo.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aftersales.core.store.Storage;
import org.aftersales.demo.day.DayAtTheDealership;
import org.aftersales.demo.day.Dealership;
import org.aftersales.demo.day.DemoStore;
import org.aftersales.demo.day.SimulatedClock;
import org.aftersales.store.jdbc.JdbcStoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code day}: the day at the dealership on the store, started afresh. */
@Command(name = "day", mixinStandardHelpOptions = true,
        description = {"One simulated day at the dealership on the store (default: an H2 file under ~/.aftersales/demo/).",
                "The day starts afresh: its schema (demo_day) is dropped and created again.",
                "在存储上模拟 4S 店的一天（默认：~/.aftersales/demo/ 下的 H2 文件）；每次运行都会清空并重建其 schema。"})
final class DayCommand implements Callable<Integer>, Tool.Sub {

    static final Path DEFAULT_DIAGRAMS = Path.of("target", "aftersales-diagrams");

    Tool tool;

    @Mixin
    Tool.Output output = new Tool.Output();

    @Option(names = "--diagrams", paramLabel = "DIR",
            description = "Where the Mermaid diagrams go (default: target/aftersales-diagrams under the working directory). / 流程图输出目录。")
    Path diagrams = DEFAULT_DIAGRAMS;

    @Override
    public void tool(Tool t) {
        this.tool = t;
    }

    @Override
    public Integer call() {
        JdbcStoreConfig config = DemoStore.config(tool.store);
        DemoStore.clear(config, tool.store);
        SimulatedClock clock = DayAtTheDealership.startClock();
        try (Storage storage = DemoStore.open(config, clock)) {
            PrintStream out = output.json ? new PrintStream(OutputStream.nullOutputStream()) : tool.out;
            if (!output.json) {
                out.println(output.lang.t("Store: " + config.url() + " (schema " + config.schema() + "), started afresh",
                        "存储：" + config.url() + "（schema " + config.schema() + "），已清空重建"));
            }
            DayAtTheDealership.Figures f = new DayAtTheDealership(new Dealership(storage, clock), output.lang, out,
                    diagrams).run();
            if (output.json) {
                tool.out.println(Tool.json(f));
            }
        }
        return Tool.DONE;
    }
}
