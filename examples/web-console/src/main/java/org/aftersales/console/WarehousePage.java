package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.BinCode;
import org.aftersales.inventory.AuditReport;
import org.aftersales.inventory.Bin;
import org.aftersales.inventory.Finding;
import org.aftersales.inventory.Level;
import org.aftersales.inventory.Move;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PlacementDecision;
import org.aftersales.inventory.Rack;
import org.aftersales.inventory.ReslottingPlan;
import org.aftersales.inventory.RuleVerdict;
import org.aftersales.inventory.RunnerUp;
import org.aftersales.inventory.StockLine;
import org.aftersales.inventory.Zone;

/**
 * The warehouse map (P2-P4): zones, racks and levels drawn as grids of bins, each bin coloured by
 * how full it is and outlined when a rule finds fault with it; a chosen bin's part, stock, findings
 * and placement explanation; the audit's violations and the re-slotting plan's moves.
 */
final class WarehousePage {

    private static final LocalizedText BIN = new LocalizedText("bin", "料位");

    private final Warehouse warehouse;

    WarehousePage(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** @param selected the chosen bin code as sent, or null */
    String render(Html.View view, String selected) {
        Bin bin = null;
        if (selected != null) {
            BinCode code;
            try {
                code = BinCode.of(selected.strip());
            } catch (RuntimeException e) {
                throw Problem.badParameter("bin", selected);
            }
            bin = warehouse.bin(code).orElseThrow(() -> Problem.notFound(BIN, selected));
        }
        StringBuilder b = new StringBuilder(200_000);
        b.append("<h1>").append(esc(view.lang().pick(Screen.WAREHOUSE.title()))).append("</h1>");
        b.append("<p class=\"hint\">").append(esc(view.t("clickBin"))).append("</p>");
        legend(view, b);
        if (bin != null) {
            detail(view, bin, b);
        }
        b.append("<div id=\"map\">");
        for (Zone zone : warehouse.engine().layout().zones()) {
            zone(view, zone, bin, b);
        }
        b.append("</div>");
        audit(view, b);
        plan(view, b);
        return b.toString();
    }

    private void legend(Html.View view, StringBuilder b) {
        b.append("<div class=\"legend\"><span>").append(esc(view.t("legend"))).append(":</span>")
                .append("<span class=\"bin empty\"></span>").append(esc(view.t("empty")))
                .append("<span class=\"bin f1\"></span>&lt;25%<span class=\"bin f2\"></span>&lt;50%")
                .append("<span class=\"bin f3\"></span>&lt;75%<span class=\"bin f4\"></span>≤100%")
                .append("<span class=\"bin over\"></span>").append(esc(view.t("over")))
                .append("<span class=\"bin f1 bad\"></span>").append(esc(view.t("violation")))
                .append("<span class=\"bin f1 low\"></span>").append(esc(view.t("shortfall"))).append("</div>");
    }

    static String fillClass(double fill) {
        if (fill <= 0) {
            return "empty";
        }
        if (fill < 0.25) {
            return "f1";
        }
        if (fill < 0.5) {
            return "f2";
        }
        if (fill < 0.75) {
            return "f3";
        }
        return fill <= 1.0 ? "f4" : "over";
    }

    private void zone(Html.View view, Zone zone, Bin selected, StringBuilder b) {
        b.append("<section class=\"zone\" id=\"zone-").append(esc(zone.code())).append("\"><h3>")
                .append(esc(view.t("zone"))).append(' ').append(esc(zone.code())).append(" · ")
                .append(esc(zone.name())).append("</h3><div class=\"racks\">");
        for (Rack rack : zone.racks()) {
            b.append("<div class=\"rack\"><div class=\"rack-title\">").append(esc(view.t("rack"))).append(' ')
                    .append(esc(zone.code())).append('-').append(String.format(Locale.ROOT, "%02d", rack.number()))
                    .append(" · ").append(esc(view.t("kind." + rack.kind().name()))).append("</div><table class=\"levels\">");
            List<Level> levels = new ArrayList<>(rack.levels());
            java.util.Collections.reverse(levels);
            for (Level level : levels) {
                b.append("<tr><th>").append(level.number()).append("</th><td>");
                for (Bin bin : level.bins()) {
                    String code = bin.code().value();
                    String fill = fillClass(warehouse.fill(bin));
                    if (fill.equals("empty") && !warehouse.stock(bin.code()).isEmpty()) {
                        fill = "f1"; // stock too small to measure still shows
                    }
                    b.append("<a class=\"bin ").append(fill);
                    if (warehouse.hasHardViolation(bin.code())) {
                        b.append(" bad");
                    } else if (warehouse.hasShortfall(bin.code())) {
                        b.append(" low");
                    }
                    if (bin.equals(selected)) {
                        b.append(" selected");
                    }
                    b.append("\" id=\"bin-").append(esc(code)).append("\" href=\"/warehouse?bin=").append(Html.url(code))
                            .append("#detail\" title=\"").append(esc(code));
                    for (StockLine line : warehouse.stock(bin.code())) {
                        b.append(" · ").append(esc(line.part().value())).append(" ×").append(line.quantity());
                    }
                    b.append("\"></a>");
                }
                b.append("</td></tr>");
            }
            b.append("</table></div>");
        }
        b.append("</div></section>");
    }

    private void detail(Html.View view, Bin bin, StringBuilder b) {
        Lang lang = view.lang();
        String code = bin.code().value();
        b.append("<section id=\"detail\" data-bin=\"").append(esc(code)).append("\"><h2>").append(esc(view.t("binDetail")))
                .append(' ').append(esc(code)).append("</h2><p>").append(esc(view.t("kind"))).append(": ")
                .append(esc(view.t("kind." + bin.kind().name()))).append(" · ").append(esc(view.t("size"))).append(": ")
                .append(bin.size().lengthMm()).append('×').append(bin.size().widthMm()).append('×')
                .append(bin.size().heightMm()).append(" mm · ").append(esc(view.t("fill"))).append(": ")
                .append(Math.round(warehouse.fill(bin) * 100)).append("%</p>");
        List<StockLine> lines = warehouse.stock(bin.code());
        if (lines.isEmpty()) {
            b.append("<p id=\"empty-bin\">").append(esc(view.t("emptyBin"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"bin-stock\"><tr><th>").append(esc(view.t("partNumber"))).append("</th><th>")
                    .append(esc(view.t("part"))).append("</th><th>").append(esc(view.t("quantity"))).append("</th></tr>");
            for (StockLine line : lines) {
                Part p = warehouse.part(line);
                b.append("<tr><td>").append(esc(line.part().value())).append("</td><td>")
                        .append(p == null ? "" : esc(lang.pick(p.name()))).append("</td><td>").append(line.quantity())
                        .append("</td></tr>");
            }
            b.append("</table>");
        }
        List<Finding> findings = warehouse.findings(bin.code());
        b.append("<h3>").append(esc(view.t("findings"))).append("</h3>");
        if (findings.isEmpty()) {
            b.append("<p>").append(esc(view.t("noFindings"))).append("</p>");
        } else {
            b.append("<ul id=\"bin-findings\">");
            for (Finding f : findings) {
                b.append("<li class=\"").append(f.kind().name().toLowerCase(Locale.ROOT)).append("\"><b>")
                        .append(esc(f.rule())).append("</b> ").append(esc(f.part().value())).append(": ")
                        .append(esc(lang.pick(f.reason()))).append("</li>");
            }
            b.append("</ul>");
        }
        for (StockLine line : lines) {
            explanation(view, line, b);
        }
        List<Move> moves = warehouse.moves(bin.code());
        if (!moves.isEmpty()) {
            b.append("<h3>").append(esc(view.t("plan"))).append("</h3>");
            moveTable(view, moves, b, "bin-moves");
        }
        b.append("</section>");
    }

    private void explanation(Html.View view, StockLine line, StringBuilder b) {
        Lang lang = view.lang();
        b.append("<div class=\"explanation\" id=\"explanation-").append(esc(line.part().value())).append("\"><h3>")
                .append(esc(view.t("explanation"))).append(" (").append(esc(line.part().value())).append(" ×")
                .append(line.quantity()).append(")</h3>");
        PlacementDecision d;
        try {
            d = warehouse.explain(line);
        } catch (BusinessRuleException e) {
            b.append("<p class=\"refusal\">").append(esc(lang.pick(e.text()))).append("</p></div>");
            return;
        }
        b.append("<p class=\"summary\">").append(esc(lang.pick(d.summary()))).append("</p><h4>")
                .append(esc(view.t("verdicts"))).append(" (").append(esc(d.chosen().bin().value()))
                .append(")</h4><table class=\"data verdicts\"><tr><th>").append(esc(view.t("rule"))).append("</th><th></th><th>")
                .append(esc(view.t("reason"))).append("</th></tr>");
        for (RuleVerdict v : d.chosen().verdicts()) {
            String tag = v.kind().name().equals("HARD") ? (v.passed() ? "✔" : "✘")
                    : String.format(Locale.ROOT, "%.2f×%s", v.score(), trim(v.weight()));
            b.append("<tr class=\"").append(v.passed() ? "ok" : "no").append("\"><td>").append(esc(v.rule()))
                    .append("</td><td>").append(esc(tag)).append("</td><td>").append(esc(lang.pick(v.reason())))
                    .append("</td></tr>");
        }
        b.append("</table>");
        if (!d.runnersUp().isEmpty()) {
            b.append("<h4>").append(esc(view.t("runnersUp"))).append("</h4><ol>");
            for (RunnerUp r : d.runnersUp()) {
                b.append("<li>").append(esc(r.candidate().bin().value())).append(": ")
                        .append(esc(lang.pick(r.lostBecause()))).append("</li>");
            }
            b.append("</ol>");
        }
        b.append("</div>");
    }

    private static String trim(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    private void audit(Html.View view, StringBuilder b) {
        AuditReport report = warehouse.audit();
        b.append("<section id=\"audit\"><h2>").append(esc(view.t("audit"))).append(" (")
                .append(report.hardViolations().size()).append(")</h2><table class=\"data\"><tr><th>")
                .append(esc(view.t("bin"))).append("</th><th>").append(esc(view.t("partNumber"))).append("</th><th>")
                .append(esc(view.t("rule"))).append("</th><th>").append(esc(view.t("reason"))).append("</th></tr>");
        for (Finding f : report.hardViolations()) {
            b.append("<tr><td><a href=\"/warehouse?bin=").append(Html.url(f.bin().value())).append("#detail\">")
                    .append(esc(f.bin().value())).append("</a></td><td>").append(esc(f.part().value())).append("</td><td>")
                    .append(esc(f.rule())).append("</td><td>").append(esc(view.lang().pick(f.reason())))
                    .append("</td></tr>");
        }
        b.append("</table></section>");
    }

    private void plan(Html.View view, StringBuilder b) {
        ReslottingPlan plan = warehouse.plan();
        b.append("<section id=\"plan\"><h2>").append(esc(view.t("plan"))).append("</h2><p>")
                .append(esc(String.format(Locale.ROOT, view.t("planSummary"), plan.moves().size(),
                        plan.hardViolationsBefore(), plan.hardViolationsAfter(), plan.softScoreBefore(),
                        plan.softScoreAfter())))
                .append("</p>");
        moveTable(view, plan.moves(), b, "plan-moves");
        b.append("</section>");
    }

    private void moveTable(Html.View view, List<Move> moves, StringBuilder b, String id) {
        b.append("<table class=\"data\" id=\"").append(id).append("\"><tr><th>").append(esc(view.t("partNumber")))
                .append("</th><th>").append(esc(view.t("quantity"))).append("</th><th>").append(esc(view.t("from")))
                .append("</th><th>").append(esc(view.t("to"))).append("</th><th>").append(esc(view.t("reason")))
                .append("</th></tr>");
        for (Move m : moves) {
            b.append("<tr><td>").append(esc(m.part().value())).append("</td><td>").append(m.quantity())
                    .append("</td><td>").append(esc(m.from().value())).append("</td><td>").append(esc(m.to().value()))
                    .append("</td><td>").append(esc(view.lang().pick(m.reason()))).append("</td></tr>");
        }
        b.append("</table>");
    }
}
