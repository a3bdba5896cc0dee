package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.serviceflow.blueprint.BlueprintStep;
import org.aftersales.serviceflow.blueprint.Lane;
import org.aftersales.serviceflow.blueprint.ServiceBlueprint;
import org.aftersales.serviceflow.blueprint.TimedStandard;

/**
 * The service blueprint (F15) as a page: the steps lane by lane, each with its responsible role,
 * its standard, its moments of truth and their countermeasures, then the timed standards with
 * their limits and how each is counted; the Mermaid text of the blueprint is offered as a file.
 */
final class BlueprintPage {

    private final ServiceBlueprint blueprint;

    BlueprintPage(ServiceBlueprint blueprint) {
        this.blueprint = blueprint;
    }

    String render(Html.View view) {
        Lang lang = view.lang();
        StringBuilder b = new StringBuilder("<h1>").append(esc(lang.pick(blueprint.title()))).append("</h1><p class=\"hint\">")
                .append(esc(view.t("blueprintHint"))).append("</p><p><a id=\"mermaid\" href=\"/blueprint.mmd\" download>")
                .append(esc(view.t("mermaid"))).append("</a></p>");
        for (Lane lane : Lane.values()) {
            List<BlueprintStep> steps = blueprint.steps().stream().filter(s -> s.lane() == lane).toList();
            if (steps.isEmpty()) {
                continue;
            }
            b.append("<h2 class=\"lane\">").append(esc(lang.pick(lane.label()))).append("</h2>")
                    .append("<table class=\"data blueprint\" data-lane=\"").append(lane.name()).append("\"><tr><th>")
                    .append(esc(view.t("action"))).append("</th><th>").append(esc(view.t("role"))).append("</th><th>")
                    .append(esc(view.t("standard"))).append("</th><th>").append(esc(view.t("moments"))).append("</th><th>")
                    .append(esc(view.t("countermeasures"))).append("</th></tr>");
            for (BlueprintStep s : steps) {
                b.append("<tr data-step=\"").append(esc(s.code())).append("\"><td>").append(esc(lang.pick(s.action())))
                        .append("</td><td>").append(esc(s.role() == null ? view.t("customerSelf") : lang.pick(s.role().label())))
                        .append("</td><td>").append(esc(s.standard() == null ? "" : lang.pick(s.standard())))
                        .append("</td><td>").append(list(lang, s.momentsOfTruth())).append("</td><td>")
                        .append(list(lang, s.countermeasures())).append("</td></tr>");
            }
            b.append("</table>");
        }
        b.append("<h2>").append(esc(view.t("timedStandards"))).append("</h2><table class=\"data\" id=\"timed-standards\"><tr><th>")
                .append(esc(view.t("standard"))).append("</th><th>").append(esc(view.t("role"))).append("</th><th>")
                .append(esc(view.t("limit"))).append("</th><th>").append(esc(view.t("measure"))).append("</th></tr>");
        for (TimedStandard t : blueprint.timedStandards()) {
            b.append("<tr data-standard=\"").append(esc(t.code())).append("\"><td>").append(esc(lang.pick(t.text())))
                    .append("</td><td>").append(esc(t.role() == null ? "" : lang.pick(t.role().label()))).append("</td><td>")
                    .append(esc(limit(t, lang))).append("</td><td>").append(esc(view.t("measure." + t.measure().name())))
                    .append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    /** @return the blueprint as Mermaid text, labelled in the language */
    String mermaid(Lang lang) {
        return blueprint.toMermaid(lang.locale());
    }

    private static String list(Lang lang, List<LocalizedText> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ul>");
        items.forEach(i -> b.append("<li>").append(esc(lang.pick(i))).append("</li>"));
        return b.append("</ul>").toString();
    }

    /** @return the limit as people say it: 20 minutes, 1 hour, 3 days */
    static String limit(TimedStandard t, Lang lang) {
        Duration d = t.within();
        boolean zh = lang == Lang.ZH;
        if (t.measure() == TimedStandard.Measure.WORKING_DAYS || d.toHours() >= 24 && d.toHours() % 24 == 0) {
            long days = d.toDays();
            boolean working = t.measure() == TimedStandard.Measure.WORKING_DAYS;
            if (zh) {
                return days + (working ? " 个工作日" : " 天");
            }
            return days + (working ? " working day" : " day") + (days == 1 ? "" : "s");
        }
        if (d.toMinutes() % 60 == 0) {
            long h = d.toHours();
            return zh ? h + " 小时" : h + (h == 1 ? " hour" : " hours");
        }
        long m = d.toMinutes();
        return zh ? m + " 分钟" : m + (m == 1 ? " minute" : " minutes");
    }
}
