package org.aftersales.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.json.AftersalesJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes scorecards as JSON, CSV and readable text (S5). */
final class ScorecardExport {

    /** The CSV header, in the order of the columns. */
    public static final List<String> CSV_HEADER = List.of(
            "record", "subject_kind", "subject", "role", "department", "catalogue", "period", "section",
            "title_en", "title_zh", "earned", "applicable", "percent", "change", "grade", "grade_en", "grade_zh",
            "failed_must");

    private static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    private ScorecardExport() {
    }

    /**
     * The scorecard as JSON.
     *
     * @param card the scorecard
     * @return the document
     */
    public static String json(Scorecard card) {
        ObjectNode root = AftersalesJson.mapper().createObjectNode();
        root.put("assessment", card.assessment().value());
        ObjectNode subject = root.putObject("subject");
        subject.put("kind", card.subject().kind());
        subject.put("id", card.subject().id().value());
        if (card.subject() instanceof Subject.Staff staff) {
            subject.put("role", staff.role());
        }
        subject.put("department", card.subject().department());
        root.put("catalogue", card.catalogue());
        text(root.putObject("catalogueTitle"), card.catalogueTitle());
        ObjectNode period = root.putObject("period");
        period.put("label", card.period().label());
        period.put("from", card.period().from().toString());
        period.put("to", card.period().to().toString());
        score(root.putObject("score"), card.score());
        ArrayNode sections = root.putArray("sections");
        for (SectionScore s : card.sections()) {
            ObjectNode n = sections.addObject();
            n.put("section", s.section());
            text(n.putObject("title"), s.title());
            n.put("earned", s.earned());
            n.put("applicable", s.applicable());
            n.put("percent", s.percent());
            codes(n.putArray("failedMust"), s.failedMust());
        }
        ArrayNode trend = root.putArray("trend");
        for (TrendPoint t : card.trend()) {
            ObjectNode n = trend.addObject();
            n.put("period", t.period().label());
            n.put("percent", t.percent());
            n.put("grade", t.grade().code());
            n.put("change", t.change());
        }
        ArrayNode earlier = root.putArray("earlierYears");
        for (YearComparison y : card.earlierYears()) {
            ObjectNode n = earlier.addObject();
            n.put("period", y.period().label());
            n.put("yearsBack", y.yearsBack());
            n.put("percent", y.percent());
            n.put("grade", y.grade().code());
            n.put("difference", y.difference());
        }
        return AftersalesJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void score(ObjectNode n, Score s) {
        n.put("earned", s.earned());
        n.put("applicable", s.applicable());
        n.put("percent", s.percent());
        n.put("band", s.band().code());
        n.put("grade", s.grade().code());
        text(n.putObject("gradeName"), s.grade().name());
        n.put("capped", s.capped());
        codes(n.putArray("failedMust"), s.failedMust());
    }

    private static void text(ObjectNode n, LocalizedText t) {
        n.put("en", t.en());
        n.put("zh", t.zh());
    }

    private static void codes(ArrayNode n, List<ItemCode> codes) {
        codes.forEach(c -> n.add(c.value()));
    }

    /**
     * The scorecard as CSV: byte order mark, quoted fields, CRLF.
     *
     * @param card the scorecard
     * @return the CSV text
     */
    public static String csv(Scorecard card) {
        StringBuilder out = new StringBuilder().append(BOM);
        row(out, CSV_HEADER);
        for (SectionScore s : card.sections()) {
            row(out, line(card, "section", card.period().label(), s.section(), s.title(), s.earned(), s.applicable(),
                    s.percent(), null, null, s.failedMust()));
        }
        Score t = card.score();
        row(out, line(card, "total", card.period().label(), "", card.catalogueTitle(), t.earned(), t.applicable(),
                t.percent(), null, t.grade(), t.failedMust()));
        for (TrendPoint p : card.trend()) {
            row(out, line(card, "trend", p.period().label(), "", card.catalogueTitle(), null, null, p.percent(), p.change(),
                    p.grade(), List.of()));
        }
        for (YearComparison y : card.earlierYears()) {
            row(out, line(card, "earlier-year", y.period().label(), "", card.catalogueTitle(), null, null, y.percent(),
                    y.difference(), y.grade(), List.of()));
        }
        return out.toString();
    }

    private static List<String> line(Scorecard card, String record, String period, String section, LocalizedText title,
            BigDecimal earned, BigDecimal applicable, BigDecimal percent, BigDecimal change, Grade grade, List<ItemCode> failed) {
        List<String> l = new ArrayList<>();
        l.add(record);
        l.add(card.subject().kind());
        l.add(card.subject().id().value());
        l.add(card.subject() instanceof Subject.Staff s ? s.role() : "");
        l.add(card.subject().department());
        l.add(card.catalogue());
        l.add(period);
        l.add(section);
        l.add(title.en());
        l.add(title.zh());
        l.add(plain(earned));
        l.add(plain(applicable));
        l.add(plain(percent));
        l.add(plain(change));
        l.add(grade == null ? "" : grade.code());
        l.add(grade == null ? "" : grade.name().en());
        l.add(grade == null ? "" : grade.name().zh());
        l.add(String.join(" ", failed.stream().map(ItemCode::value).toList()));
        return l;
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        out.append(CRLF);
    }

    /**
     * The scorecard as readable text, both languages side by side.
     *
     * @param card the scorecard
     * @return the text
     */
    public static String text(Scorecard card) {
        StringBuilder out = new StringBuilder();
        Subject s = card.subject();
        String who = s instanceof Subject.Staff st
                ? "Staff 员工 " + st.id().value() + " (" + st.role() + ", " + st.department() + ")"
                : "Department 部门 " + s.id().value() + " (" + s.department() + ")";
        out.append("Scorecard 考核卡  ").append(who).append('\n');
        out.append("  ").append(card.catalogueTitle().en()).append(" / ").append(card.catalogueTitle().zh())
                .append(", period 期间 ").append(card.period().label()).append('\n');
        for (SectionScore sec : card.sections()) {
            out.append(String.format("  %-34s %-10s %7s / %-5s %8s%s%n",
                    sec.title().en(), sec.title().zh(), plain(sec.earned()), plain(sec.applicable()),
                    sec.percent() == null ? "n/a" : sec.percent().toPlainString() + "%",
                    sec.failedMust().isEmpty() ? "" : "  MUST failed 必须项未达标: " + join(sec.failedMust())));
        }
        Score t = card.score();
        out.append(String.format("  %-45s %7s / %-5s %8s%n", "Total 合计", plain(t.earned()), plain(t.applicable()),
                t.percent().toPlainString() + "%"));
        out.append("  Grade 等级: ").append(t.grade().code()).append(' ').append(t.grade().name());
        if (t.capped()) {
            out.append("  (band 分档 ").append(t.band().code()).append(", capped by failed MUST items 因必须项未达标而封顶)");
        }
        out.append('\n');
        if (!card.trend().isEmpty()) {
            out.append("  Trend 趋势:");
            for (TrendPoint p : card.trend()) {
                out.append("  ").append(p.period().label()).append(' ').append(p.percent().toPlainString()).append("% ")
                        .append(p.grade().code());
                if (p.change() != null) {
                    out.append(" (").append(p.change().signum() >= 0 ? "+" : "").append(p.change().toPlainString()).append(')');
                }
            }
            out.append('\n');
        }
        for (YearComparison y : card.earlierYears()) {
            out.append("  Same period ").append(y.yearsBack()).append(" year(s) earlier 往年同期 ").append(y.period().label())
                    .append(": ").append(y.percent().toPlainString()).append("% ").append(y.grade().code())
                    .append(", now ").append(y.difference().signum() >= 0 ? "+" : "").append(y.difference().toPlainString())
                    .append(" points 个百分点\n");
        }
        return out.toString();
    }

    private static String join(List<ItemCode> codes) {
        return String.join(", ", codes.stream().map(ItemCode::value).toList());
    }
}
