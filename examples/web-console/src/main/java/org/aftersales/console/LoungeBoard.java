package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.ServiceDesk;

/**
 * The customer lounge's progress board (F16): every open repair order with its stage, its
 * promised time and a traffic light ({@link BoardLight}). Public, so it shows no personal data:
 * the plate is masked and no name or phone number is ever read into a row (China's personal
 * information protection law). Read from the store through the status index, so it needs no
 * state of its own.
 */
public final class LoungeBoard {

    /** The stages a car is in the workshop's hands: from reception to payment. */
    static final Set<RepairOrderStatus> OPEN = EnumSet.of(RepairOrderStatus.CHECKED_IN, RepairOrderStatus.DIAGNOSED,
            RepairOrderStatus.ESTIMATED, RepairOrderStatus.APPROVED, RepairOrderStatus.DISPATCHED,
            RepairOrderStatus.IN_REPAIR, RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL, RepairOrderStatus.QUALITY_CHECK,
            RepairOrderStatus.WASHING, RepairOrderStatus.READY_FOR_PICKUP, RepairOrderStatus.SETTLED);
    private static final Set<RepairOrderStatus> READY = EnumSet.of(RepairOrderStatus.READY_FOR_PICKUP,
            RepairOrderStatus.SETTLED);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** One line of the board: nothing in it identifies a person. */
    record Row(String number, String maskedPlate, RepairOrderStatus status, Instant promisedAt, BoardLight light) {
    }

    private final Repository<RepairOrderId, RepairOrder> orders;
    private final ZoneId zone;
    private final Duration warning;

    /**
     * @param storage the store the service desk writes to
     * @param zone the dealership's time zone, for the promised times shown
     * @param warning how long before the promised time a light turns yellow
     */
    public LoungeBoard(Storage storage, ZoneId zone, Duration warning) {
        this.orders = storage.repository(ServiceDesk.ORDERS);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.warning = Objects.requireNonNull(warning, "warning");
    }

    /** @return every open order, the soonest promise first (orders without a promise yet last) */
    List<Row> rows(Instant now) {
        List<Row> rows = new ArrayList<>();
        for (RepairOrderStatus status : OPEN) {
            for (Versioned<RepairOrder> v : orders.findBy(ServiceDesk.ORDERS_BY_STATUS, status.name())) {
                RepairOrder o = v.value();
                String plate = o.vehicle() == null || o.vehicle().plate() == null ? null : o.vehicle().plate().value();
                rows.add(new Row(o.id().value(), BoardLight.maskPlate(plate), o.status(), o.promisedAt(),
                        BoardLight.of(now, o.promisedAt(), READY.contains(o.status()), warning)));
            }
        }
        rows.sort(Comparator.comparing(Row::promisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::number));
        return rows;
    }

    /**
     * The board's rows as HTML table rows, in English; what the lounge screen fetches every few
     * seconds. Public for the benchmark.
     *
     * @param now the time now
     * @return the rows
     */
    public String rowsHtml(Instant now) {
        return rowsHtml(rows(now), Lang.EN);
    }

    String rowsHtml(List<Row> rows, Lang lang) {
        StringBuilder b = new StringBuilder(rows.size() * 200 + 64);
        for (Row r : rows) {
            b.append("<tr class=\"").append(r.light().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" data-order=\"").append(esc(r.number())).append("\" data-light=\"").append(r.light().name())
                    .append("\"><td class=\"light\" title=\"").append(esc(Ui.t(lang, "light." + r.light().name())))
                    .append("\"></td><td>").append(esc(r.number())).append("</td><td class=\"plate\">")
                    .append(esc(r.maskedPlate())).append("</td><td class=\"stage\">")
                    .append(esc(Ui.t(lang, "status." + r.status().name()))).append("</td><td class=\"promised\">")
                    .append(r.promisedAt() == null ? esc(Ui.t(lang, "promiseTbc")) : TIME.format(r.promisedAt().atZone(zone)))
                    .append("</td></tr>");
        }
        if (rows.isEmpty()) {
            b.append("<tr><td colspan=\"5\">").append(esc(Ui.t(lang, "boardEmpty"))).append("</td></tr>");
        }
        return b.toString();
    }

    String page(Html.View view, Instant now, int refreshSeconds) {
        return "<h1>" + esc(view.lang().pick(Screen.BOARD.title())) + "</h1><p class=\"hint\">" + esc(view.t("boardHint"))
                + "</p><table class=\"board\" id=\"board\" data-refresh=\"" + refreshSeconds + "\"><thead><tr><th></th><th>"
                + esc(view.t("orderNumber")) + "</th><th>" + esc(view.t("plate")) + "</th><th>" + esc(view.t("stage"))
                + "</th><th>" + esc(view.t("promised")) + "</th></tr></thead><tbody id=\"board-rows\">"
                + rowsHtml(rows(now), view.lang()) + "</tbody></table>";
    }
}
