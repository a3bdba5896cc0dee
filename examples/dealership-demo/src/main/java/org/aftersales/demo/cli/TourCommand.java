package org.aftersales.demo.cli;

import java.util.concurrent.Callable;
import org.aftersales.demo.DealershipDemo;
import picocli.CommandLine.Command;

/** {@code tour}: the short tour of the values, the calendar, A/B cover, placement and scorecards. */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"A short tour: values typed at the counter, business time, A/B cover, a placement, scorecards.",
                "简短导览：输入校验、工作时间、AB 岗、料位选择、考核卡。"})
final class TourCommand implements Callable<Integer>, Tool.Sub {

    private Tool tool;

    @Override
    public void tool(Tool t) {
        this.tool = t;
    }

    @Override
    public Integer call() {
        DealershipDemo.tour(tool.out);
        return Tool.DONE;
    }
}
