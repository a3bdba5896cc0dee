package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.aftersales.serviceflow.EstimateLine;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.Revision;
import org.aftersales.serviceflow.ServiceDesk;
import org.aftersales.serviceflow.ServiceEvent;
import org.aftersales.serviceflow.Settlement;
import org.aftersales.serviceflow.board.BoardRow;
import org.aftersales.serviceflow.board.ProgressBoard;

/**
 * The workshop (F1, F7, F16, F19): open repair orders by state with their promised times and
 * late flags, from service-flow's {@link ProgressBoard} (the staff's rows, plates in full); one order's timeline of events, its estimate revisions with what was approved, and
 * its settlement. Staff only: it shows the customer's name to the advisors who serve them.
 */
final class WorkshopPage {

    private static final LocalizedText ORDER = new LocalizedText("repair order", "维修委托书");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ServiceDesk desk;
    private final Storage storage;
    private final ZoneId zone;
    private final ProgressBoard board;

    WorkshopPage(ServiceDesk desk, ProgressBoard board, Storage storage, ZoneId zone) {
        this.desk = desk;
        this.board = board;
        this.storage = storage;
        this.zone = zone;
    }

    private String time(Instant t) {
        return t == null ? "–" : TIME.format(t.atZone(zone));
    }

    String list(Html.View view, Instant now) {
        Lang lang = view.lang();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(lang.pick(Screen.WORKSHOP.title()))).append("</h1>");
        Map<RepairOrderStatus, List<BoardRow>> byStatus = new EnumMap<>(RepairOrderStatus.class);
        for (BoardRow r : board.rows(now)) {
            byStatus.computeIfAbsent(r.status(), s -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<RepairOrderStatus, List<BoardRow>> e : byStatus.entrySet()) {
            RepairOrderStatus status = e.getKey();
            List<BoardRow> in = e.getValue();
            b.append("<h2 class=\"stage\">").append(esc(view.t("status." + status.name()))).append(" (").append(in.size())
                    .append(")</h2><table class=\"data workshop\" data-status=\"").append(status.name()).append("\"><tr><th>")
                    .append(esc(view.t("orderNumber"))).append("</th><th>").append(esc(view.t("plate"))).append("</th><th>")
                    .append(esc(view.t("promised"))).append("</th><th></th></tr>");
            for (BoardRow o : in) {
                boolean late = o.late();
                b.append("<tr").append(late ? " class=\"overdue\"" : "").append(" data-late=\"").append(late)
                        .append("\" data-light=\"").append(o.light().name())
                        .append("\"><td><a href=\"/workshop/").append(esc(o.order())).append("\">")
                        .append(esc(o.order())).append("</a></td><td>")
                        .append(esc(o.plate())).append("</td><td>")
                        .append(time(o.promisedAt())).append("</td><td>").append(late ? esc(view.t("late")) : "")
                        .append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.toString();
    }

    /**
     * @param desk the service desk
     * @param number a repair order's number from a request
     * @return the order
     * @throws Problem 400 for a number that is not one, 404 for an order that does not exist
     */
    static RepairOrder find(ServiceDesk desk, String number) {
        RepairOrderId id;
        try {
            id = RepairOrderId.of(number);
        } catch (RuntimeException e) {
            throw Problem.badParameter("order", number);
        }
        return desk.order(id).map(Versioned::value).orElseThrow(() -> Problem.notFound(ORDER, number));
    }

    String one(Html.View view, String number) {
        RepairOrder o = find(desk, number);
        Lang lang = view.lang();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(lang.pick(ORDER))).append(' ').append(esc(o.id().value())).append("</h1>")
                .append("<table class=\"data\" id=\"order\"><tr><th>").append(esc(view.t("stage"))).append("</th><td>")
                .append(esc(view.t("status." + o.status().name()))).append("</td></tr><tr><th>")
                .append(esc(view.t("plate"))).append("</th><td>")
                .append(esc(o.vehicle() == null ? "" : o.vehicle().plate().value())).append("</td></tr><tr><th>")
                .append(esc(view.t("promised"))).append("</th><td>").append(time(o.promisedAt())).append("</td></tr></table>");
        b.append("<h2>").append(esc(view.t("timeline"))).append("</h2><table class=\"data\" id=\"timeline\">");
        for (StoredEvent e : storage.events().since(0, Integer.MAX_VALUE)) {
            if (e.event() instanceof ServiceEvent se && o.id().value().equals(se.subject())) {
                b.append("<tr><td>").append(time(se.metadata().occurredAt())).append("</td><td>").append(esc(se.type()))
                        .append("</td><td>").append(esc(String.valueOf(se.metadata().actor()))).append("</td><td>");
                for (Map.Entry<String, String> d : se.details().entrySet()) {
                    b.append(esc(d.getKey())).append('=').append(esc(d.getValue())).append(' ');
                }
                b.append("</td></tr>");
            }
        }
        b.append("</table><h2>").append(esc(view.t("revisions"))).append("</h2>");
        for (Revision r : o.revisions()) {
            b.append("<h3>").append(esc(view.t("revision"))).append(' ').append(r.number()).append(" · ")
                    .append(esc(r.status().name())).append("</h3><table class=\"data revision\">");
            for (EstimateLine l : r.lines()) {
                boolean declined = r.declined().contains(l.key());
                b.append("<tr").append(declined ? " class=\"no\"" : "").append("><td>").append(esc(l.key())).append("</td><td>")
                        .append(esc(l.description())).append("</td><td>").append(l.quantity() == null ? "" : l.quantity().toPlainString())
                        .append("</td><td>").append(esc(declined ? view.t("declined")
                                : r.status() == Revision.Status.APPROVED ? view.t("approved") : ""))
                        .append("</td></tr>");
            }
            b.append("</table>");
        }
        Settlement s = o.settlement();
        if (s != null) {
            b.append("<h2>").append(esc(view.t("settlement"))).append("</h2><table class=\"data\" id=\"settlement\"><tr><td>")
                    .append(esc(view.t("total"))).append("</td><td>").append(esc(String.valueOf(s.total())))
                    .append("</td></tr><tr><td>VAT</td><td>").append(esc(String.valueOf(s.vat()))).append("</td></tr></table>");
        }
        return b.toString();
    }
}
