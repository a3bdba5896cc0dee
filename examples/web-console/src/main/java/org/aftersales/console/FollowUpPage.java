package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.deadline.Deadline;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.error.AftersalesException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.FollowUpRecord;
import org.aftersales.serviceflow.FollowUpStatistics;
import org.aftersales.serviceflow.RemarkStatistics;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.Vocabulary;

/**
 * Follow-up calls (F13): the cars handed over whose follow-up call is due, read from the open
 * deadlines of the {@link ServiceDesk#FOLLOW_UP} standard (three working days from delivery),
 * the soonest limit first; the form that records a call (answered or not, satisfaction, the
 * customer's words, tags from {@link Vocabulary#remarkTags()}, a return visit for an unhappy
 * customer) through {@link ServiceDesk#followUp}; and the month's remarks counted by tag from
 * {@link FollowUpStatistics}. Staff only: it shows the customer's name and phone to the people
 * who call them.
 */
final class FollowUpPage {

    /** The order kind of the follow-up deadline's subject. */
    private static final String ORDER_KIND = "repair-order";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ServiceDesk desk;
    private final Storage storage;
    private final StaffDirectory staff;
    private final FollowUpStatistics statistics;
    private final Vocabulary tags = Vocabulary.remarkTags();
    private final ZoneId zone;
    private final String team;

    /** What was typed into the call form, kept to show it again beside its problems. */
    record Form(String reached, String satisfaction, String remarks, List<String> tags, String back, String backAt,
            String backHours) {

        static Form empty() {
            return new Form("", "", "", List.of(), "", "", "1");
        }
    }

    FollowUpPage(ServiceDesk desk, Storage storage, StaffDirectory staff, ZoneId zone, String team) {
        this.desk = desk;
        this.storage = storage;
        this.staff = staff;
        this.zone = zone;
        this.team = team;
        this.statistics = new FollowUpStatistics(zone);
        // what happened before this start from the log, then live; nothing commits in between
        statistics.rebuild(storage.events());
        storage.events().subscribe(statistics);
    }

    /** @return the open follow-up deadlines, the soonest limit first */
    List<Deadline> due() {
        return storage.repository(Deadlines.TYPE).findBy(Deadlines.OPEN_BY_STANDARD, ServiceDesk.FOLLOW_UP).stream()
                .map(Versioned::value).filter(d -> ORDER_KIND.equals(d.subject().kind()))
                .sorted(Comparator.comparing(Deadline::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(d -> d.subject().id()))
                .toList();
    }

    private String time(Instant t) {
        return t == null ? "–" : TIME.format(t.atZone(zone));
    }

    String list(Html.View view, Instant now, String done) {
        Lang lang = view.lang();
        StringBuilder b = new StringBuilder("<h1>").append(esc(lang.pick(Screen.FOLLOW_UP.title()))).append("</h1>")
                .append("<p class=\"hint\">").append(esc(view.t("followUpHint"))).append("</p>");
        if (done != null && !done.isBlank()) {
            b.append("<p class=\"ok\" id=\"call-recorded\">").append(esc(view.t("callRecorded"))).append(' ')
                    .append(esc(done)).append("</p>");
        }
        List<Deadline> due = due();
        if (due.isEmpty()) {
            b.append("<p id=\"none-due\">").append(esc(view.t("noneDue"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"due-calls\"><tr><th>").append(esc(view.t("orderNumber"))).append("</th><th>")
                    .append(esc(view.t("plate"))).append("</th><th>").append(esc(view.t("customer"))).append("</th><th>")
                    .append(esc(view.t("phone"))).append("</th><th>").append(esc(view.t("advisor"))).append("</th><th>")
                    .append(esc(view.t("deliveredAt"))).append("</th><th>").append(esc(view.t("callBy"))).append("</th><th>")
                    .append(esc(view.t("attempts"))).append("</th></tr>");
            for (Deadline d : due) {
                Optional<RepairOrder> found = desk.order(RepairOrderId.of(d.subject().id())).map(Versioned::value);
                if (found.isEmpty()) {
                    continue;
                }
                RepairOrder o = found.get();
                boolean late = d.due() != null && now.isAfter(d.due());
                long unreached = desk.followUps(o.id()).map(FollowUpRecord::unreached).orElse(0L);
                b.append("<tr data-order=\"").append(esc(o.id().value())).append("\" data-late=\"").append(late).append('"')
                        .append(late ? " class=\"overdue\"" : "").append("><td><a href=\"/follow-up/")
                        .append(esc(o.id().value())).append("\">").append(esc(o.id().value())).append("</a></td><td>")
                        .append(esc(o.vehicle() == null ? "" : o.vehicle().plate().value())).append("</td><td>")
                        .append(esc(o.customer() == null ? "" : o.customer().name())).append("</td><td>")
                        .append(esc(o.customer() == null ? "" : o.customer().phone())).append("</td><td>")
                        .append(esc(name(o.advisor()))).append("</td><td>").append(time(d.start())).append("</td><td>")
                        .append(time(d.due())).append(late ? " " + esc(view.t("late")) : "").append("</td><td>")
                        .append(unreached).append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.append(statistics(view, now)).toString();
    }

    /** The month's remarks by tag, with the calls reached, unanswered and unhappy. */
    private String statistics(Html.View view, Instant now) {
        YearMonth month = YearMonth.from(now.atZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        RemarkStatistics s = statistics.remarks(from, to);
        StringBuilder b = new StringBuilder("<h2>").append(esc(view.t("monthRemarks"))).append(" · ").append(month)
                .append("</h2><p id=\"call-counts\">").append(esc(view.t("callsReached"))).append(": <span id=\"reached\">")
                .append(s.reached()).append("</span> · ").append(esc(view.t("callsUnreached"))).append(": <span id=\"unreached\">")
                .append(s.unreached()).append("</span> · ").append(esc(view.t("unhappy"))).append(": <span id=\"unhappy\">")
                .append(s.unhappy()).append("</span></p>");
        if (s.byTag().isEmpty()) {
            return b.append("<p id=\"no-remarks\">").append(esc(view.t("noRemarks"))).append("</p>").toString();
        }
        b.append("<table class=\"data\" id=\"remarks-by-tag\"><tr><th>").append(esc(view.t("tags"))).append("</th><th>")
                .append(esc(view.t("count"))).append("</th></tr>");
        for (Map.Entry<String, Long> e : s.byTag().entrySet()) {
            b.append("<tr data-tag=\"").append(esc(e.getKey())).append("\"><td>").append(esc(tagLabel(view.lang(), e.getKey())))
                    .append("</td><td>").append(e.getValue()).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private String tagLabel(Lang lang, String code) {
        return tags.entries().stream().filter(e -> e.code().equals(code)).findFirst().map(e -> lang.pick(e.label()))
                .orElse(code);
    }

    private String name(StaffId id) {
        if (id == null) {
            return "";
        }
        try {
            return staff.member(id).name();
        } catch (RuntimeException unknown) {
            return id.value();
        }
    }

    /** @return the delivered order a call is made about */
    RepairOrder order(String number) {
        RepairOrder o = WorkshopPage.find(desk, number);
        if (o.status() != RepairOrderStatus.DELIVERED) {
            throw new Problem(409, "not-due", new LocalizedText("The follow-up call of " + number + " is not due: the order is "
                    + Ui.t(Lang.EN, "status." + o.status().name()).toLowerCase(java.util.Locale.ROOT) + ".",
                    "委托书 " + number + " 当前不需要回访：状态为" + Ui.t(Lang.ZH, "status." + o.status().name()) + "。"));
        }
        return o;
    }

    /** The call form for one order, with the problems of an earlier attempt if any. */
    String form(Html.View view, RepairOrder o, Form f, List<Violation> problems) {
        Lang lang = view.lang();
        String number = o.id().value();
        StringBuilder b = new StringBuilder("<h1>").append(esc(view.t("recordCall"))).append(" · ").append(esc(number))
                .append("</h1><table class=\"data\" id=\"order\"><tr><th>").append(esc(view.t("plate"))).append("</th><td>")
                .append(esc(o.vehicle() == null ? "" : o.vehicle().plate().value())).append("</td></tr><tr><th>")
                .append(esc(view.t("customer"))).append("</th><td>").append(esc(o.customer() == null ? "" : o.customer().name()))
                .append("</td></tr><tr><th>").append(esc(view.t("phone"))).append("</th><td>")
                .append(esc(o.customer() == null ? "" : o.customer().phone())).append("</td></tr></table>");
        if (!problems.isEmpty()) {
            b.append("<div class=\"error\" id=\"form-problems\"><p>").append(esc(view.t("formProblems"))).append("</p><ul>");
            for (Violation v : problems) {
                b.append("<li data-path=\"").append(esc(v.path())).append("\" data-code=\"").append(esc(v.code())).append("\">")
                        .append(esc(lang.pick(v.message())));
                if (!v.path().isEmpty()) {
                    b.append(" <span class=\"code\">(").append(esc(v.path())).append(")</span>");
                }
                b.append("</li>");
            }
            b.append("</ul></div>");
        }
        b.append("<form method=\"post\" action=\"/follow-up/").append(esc(number)).append("\" id=\"call-form\">")
                .append(view.csrfField()).append("<fieldset><label><input type=\"radio\" name=\"reached\" value=\"yes\"")
                .append("yes".equals(f.reached()) ? " checked" : "").append(" id=\"reached-yes\"> ").append(esc(view.t("reached")))
                .append("</label> <label><input type=\"radio\" name=\"reached\" value=\"no\"")
                .append("no".equals(f.reached()) ? " checked" : "").append(" id=\"reached-no\"> ").append(esc(view.t("notReached")))
                .append("</label></fieldset><label>").append(esc(view.t("satisfaction")))
                .append(" <select name=\"satisfaction\" id=\"satisfaction\"><option value=\"\"></option>");
        for (int i = 1; i <= 5; i++) {
            b.append("<option value=\"").append(i).append('"').append(String.valueOf(i).equals(f.satisfaction()) ? " selected" : "")
                    .append('>').append(i).append("</option>");
        }
        b.append("</select></label><label>").append(esc(view.t("remarks")))
                .append(" <textarea name=\"remarks\" id=\"remarks\" rows=\"3\" maxlength=\"1000\">").append(esc(f.remarks()))
                .append("</textarea></label><fieldset id=\"tags\"><legend>").append(esc(view.t("tags"))).append("</legend>");
        for (Vocabulary.Entry e : tags.entries()) {
            b.append("<label class=\"tag\"><input type=\"checkbox\" name=\"tag\" value=\"").append(esc(e.code())).append('"')
                    .append(f.tags().contains(e.code()) ? " checked" : "").append("> ").append(esc(lang.pick(e.label())))
                    .append("</label> ");
        }
        b.append("</fieldset><fieldset id=\"return\"><legend>").append(esc(view.t("returnVisit"))).append("</legend><select name=\"back\" id=\"back\">")
                .append("<option value=\"\">").append(esc(view.t("returnNone"))).append("</option>");
        for (Commands.ReturnVisit.Kind k : Commands.ReturnVisit.Kind.values()) {
            b.append("<option value=\"").append(k.name()).append('"').append(k.name().equals(f.back()) ? " selected" : "")
                    .append('>').append(esc(view.t("return." + k.name()))).append("</option>");
        }
        b.append("</select> <label>").append(esc(view.t("returnAt")))
                .append(" <input type=\"datetime-local\" name=\"backAt\" id=\"backAt\" value=\"").append(esc(f.backAt()))
                .append("\"></label> <label>").append(esc(view.t("returnHours")))
                .append(" <input name=\"backHours\" id=\"backHours\" size=\"4\" value=\"").append(esc(f.backHours()))
                .append("\"></label></fieldset><button type=\"submit\" id=\"call-submit\">").append(esc(view.t("save")))
                .append("</button></form>");
        return b.toString();
    }

    /**
     * Records a call from the form: every problem of the form and of the desk's checks is
     * listed, and then nothing is stored.
     *
     * @return the problems; empty when the call was recorded
     */
    List<Violation> record(RepairOrder o, Form f, StaffId by) {
        List<Violation> problems = new ArrayList<>();
        Boolean reached = switch (f.reached()) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> {
                problems.add(new Violation("reached", "form.reached", new LocalizedText(
                        "Say whether the customer answered.", "请选择是否接通。")));
                yield null;
            }
        };
        boolean answered = Boolean.TRUE.equals(reached);
        Integer score = null;
        if (answered && !f.satisfaction().isBlank()) {
            try {
                score = Integer.valueOf(f.satisfaction().strip());
            } catch (NumberFormatException e) {
                problems.add(new Violation("satisfaction", "form.number", new LocalizedText(
                        "The satisfaction must be a whole number, not \"" + f.satisfaction() + "\".",
                        "满意度必须是整数，不能是\"" + f.satisfaction() + "\"。")));
            }
        }
        Commands.ReturnVisit back = null;
        if (answered && !f.back().isBlank()) {
            Commands.ReturnVisit.Kind kind = null;
            try {
                kind = Commands.ReturnVisit.Kind.valueOf(f.back());
            } catch (IllegalArgumentException e) {
                problems.add(new Violation("back", "form.choice", new LocalizedText(
                        "There is no return visit \"" + f.back() + "\".", "没有\"" + f.back() + "\"这种返厂方式。")));
            }
            Instant at = null;
            try {
                at = LocalDateTime.parse(f.backAt().strip(), LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new Violation("back.at", "form.time", new LocalizedText(
                        "Give the day and time the car comes back.", "请填写返厂的日期和时间。")));
            }
            BigDecimal hours = null;
            try {
                hours = new BigDecimal(f.backHours().strip());
            } catch (NumberFormatException e) {
                problems.add(new Violation("back.hours", "form.number", new LocalizedText(
                        "The hours to book must be a number, not \"" + f.backHours() + "\".",
                        "预约工时必须是数字，不能是\"" + f.backHours() + "\"。")));
            }
            if (kind != null && at != null && hours != null) {
                back = new Commands.ReturnVisit(kind, at, team, hours);
            }
        }
        Commands.FollowUp call = new Commands.FollowUp(o.id(), answered, score, answered ? f.remarks() : null,
                answered ? f.tags() : List.of(), back, by);
        if (reached == null || !problems.isEmpty()) {
            // the desk's own checks as well, so that every problem is listed at once; without a
            // caller the command is always refused before anything is stored
            call = new Commands.FollowUp(o.id(), reached == null || answered, score, f.remarks(), f.tags(), back, null);
        }
        try {
            desk.followUp(call);
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                boolean known = problems.stream().anyMatch(p -> p.path().equals(v.path()) || p.path().startsWith(v.path() + "."));
                if (!known && !(call.by() == null && "by".equals(v.path()))) {
                    problems.add(v);
                }
            }
        } catch (AftersalesException e) {
            problems.add(new Violation("", "refused", e.text()));
        }
        return problems;
    }
}
