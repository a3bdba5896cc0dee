package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.party.Role;
import org.aftersales.core.scoring.Scorecard;
import org.aftersales.core.scoring.SectionScore;
import org.aftersales.core.scoring.TrendPoint;
import org.aftersales.core.scoring.YearComparison;

/**
 * Scorecards (S5): a staff member's or a department's score, grade and sections for a month,
 * with the trend across months drawn as a chart and the same month of earlier years. A manager
 * sees every card; anyone else only their own.
 */
final class ScorecardPage {

    private static final LocalizedText SCORECARD = new LocalizedText("scorecard", "考核卡");

    private final Dealership dealership;

    ScorecardPage(Dealership dealership) {
        this.dealership = dealership;
    }

    List<Dealership.ScoredSubject> visible(Accounts.Account account) {
        boolean manager = account.staff().has(Role.MANAGER);
        return dealership.scored().stream()
                .filter(s -> manager || (s.member() != null && s.member().id().equals(account.staff().id())))
                .toList();
    }

    String list(Html.View view) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(view.lang().pick(Screen.SCORECARDS.title()))).append("</h1>");
        List<Dealership.ScoredSubject> mine = visible(view.account());
        if (mine.isEmpty()) {
            b.append("<p>").append(esc(view.t("noScorecards"))).append("</p>");
            return b.toString();
        }
        b.append("<ul id=\"scorecards\">");
        for (Dealership.ScoredSubject s : mine) {
            b.append("<li><a id=\"card-").append(esc(s.key())).append("\" href=\"/scorecards/").append(esc(s.key()))
                    .append("\">").append(esc(view.t(s.member() == null ? "deptCard" : "staffCard"))).append(": ")
                    .append(esc(s.name())).append("</a></li>");
        }
        b.append("</ul>");
        return b.toString();
    }

    String card(Html.View view, String key, String periodParam) {
        Dealership.ScoredSubject subject = dealership.scored().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> Problem.notFound(SCORECARD, key));
        if (!visible(view.account()).contains(subject)) {
            throw new Problem(403, "forbidden", Ui.text("forbidden"));
        }
        YearMonth month = Dealership.LAST_MONTH;
        if (periodParam != null) {
            try {
                month = YearMonth.parse(periodParam);
            } catch (DateTimeParseException e) {
                throw Problem.badParameter("period", periodParam);
            }
        }
        String monthText = month.toString();
        Scorecard card = dealership.scoring().find(Dealership.assessmentId(key, month))
                .map(a -> dealership.scoring().scorecard(a.id()))
                .orElseThrow(() -> Problem.notFound(SCORECARD, key + " " + monthText));
        Lang lang = view.lang();
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1>").append(esc(view.t(subject.member() == null ? "deptCard" : "staffCard"))).append(": ")
                .append(esc(subject.name())).append("</h1><p class=\"catalogue\">")
                .append(esc(lang.pick(card.catalogueTitle()))).append("</p>");
        b.append("<table class=\"data\" id=\"score\"><tr><th>").append(esc(view.t("period"))).append("</th><td>")
                .append(esc(TrendChart.periodLabel(card.period()))).append("</td></tr><tr><th>").append(esc(view.t("score")))
                .append("</th><td id=\"score-percent\">").append(card.score().percent().toPlainString())
                .append("%</td></tr><tr><th>").append(esc(view.t("grade"))).append("</th><td id=\"score-grade\">")
                .append(esc(card.score().grade().code())).append(" · ").append(esc(lang.pick(card.score().grade().name())))
                .append("</td></tr></table>");
        b.append("<h2>").append(esc(view.t("trend"))).append("</h2>");
        b.append(TrendChart.svg(card.trend(), view.t("trend") + " · " + subject.name()));
        b.append("<table class=\"data\" id=\"trend-table\"><tr><th>").append(esc(view.t("period"))).append("</th><th>")
                .append(esc(view.t("score"))).append("</th><th>").append(esc(view.t("grade"))).append("</th><th>")
                .append(esc(view.t("change"))).append("</th></tr>");
        for (TrendPoint t : card.trend()) {
            String label = TrendChart.periodLabel(t.period());
            b.append("<tr><td><a href=\"/scorecards/").append(esc(key)).append("?period=").append(esc(label)).append("\">")
                    .append(esc(label)).append("</a></td><td>").append(t.percent().toPlainString()).append("%</td><td>")
                    .append(esc(t.grade().code())).append("</td><td>")
                    .append(t.change() == null ? "" : (t.change().signum() > 0 ? "+" : "") + t.change().toPlainString())
                    .append("</td></tr>");
        }
        b.append("</table><h2>").append(esc(view.t("section"))).append("</h2><table class=\"data\" id=\"sections\">");
        for (SectionScore s : card.sections()) {
            b.append("<tr><td>").append(esc(lang.pick(s.title()))).append("</td><td>")
                    .append(s.percentIfAny().map(p -> p.toPlainString() + "%").orElse("–")).append("</td></tr>");
        }
        b.append("</table>");
        if (!card.earlierYears().isEmpty()) {
            b.append("<h2>").append(esc(view.t("earlierYears"))).append("</h2><table class=\"data\" id=\"earlier\">");
            for (YearComparison y : card.earlierYears()) {
                b.append("<tr><td>").append(esc(TrendChart.periodLabel(y.period()))).append("</td><td>")
                        .append(y.percent().toPlainString()).append("%</td><td>").append(esc(y.grade().code()))
                        .append("</td><td>").append(y.difference().signum() > 0 ? "+" : "")
                        .append(y.difference().toPlainString()).append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.toString();
    }
}
