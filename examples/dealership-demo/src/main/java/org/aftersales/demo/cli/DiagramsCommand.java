package org.aftersales.demo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aftersales.demo.day.Diagrams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diagrams}: writes the flows as Mermaid files. */
@Command(name = "diagrams", mixinStandardHelpOptions = true,
        description = {"Write the repair-order and complaint flows as Mermaid diagrams.", "以 Mermaid 格式输出工单与投诉流程图。"})
final class DiagramsCommand implements Callable<Integer>, Tool.Sub {

    private Tool tool;

    @Mixin
    Tool.Output output = new Tool.Output();

    @Option(names = "--out", paramLabel = "DIR", description = "The folder (default: target/aftersales-diagrams). / 输出目录。")
    Path folder = DayCommand.DEFAULT_DIAGRAMS;

    @Override
    public void tool(Tool t) {
        this.tool = t;
    }

    @Override
    public Integer call() {
        java.util.List<String> files = Diagrams.write(folder);
        if (output.json) {
            tool.out.println(Tool.json(java.util.Map.of("files", files)));
        } else {
            tool.out.println(output.lang.t("Written:", "已写出："));
            files.forEach(f -> tool.out.println("  " + f));
        }
        return Tool.DONE;
    }
}
