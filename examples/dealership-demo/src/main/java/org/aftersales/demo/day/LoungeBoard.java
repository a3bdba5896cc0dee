package org.aftersales.demo.day;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.ServiceDesk;

/**
 * The customer lounge's progress board, read from the store by the orders' status index: every
 * car in the workshop's hands with its stage, its promised time and a light (on time, due within
 * the half hour, late, ready). Public, so it shows no name or phone number and masks the plate.
 */
public final class LoungeBoard {

    /** The stages a car is in the workshop's hands, reception to payment. */
    static final Set<RepairOrderStatus> OPEN = EnumSet.of(RepairOrderStatus.CHECKED_IN, RepairOrderStatus.DIAGNOSED,
            RepairOrderStatus.ESTIMATED, RepairOrderStatus.APPROVED, RepairOrderStatus.DISPATCHED,
            RepairOrderStatus.IN_REPAIR, RepairOrderStatus.AWAITING_ADDITIONAL_APPROVAL, RepairOrderStatus.QUALITY_CHECK,
            RepairOrderStatus.WASHING, RepairOrderStatus.READY_FOR_PICKUP, RepairOrderStatus.SETTLED);
    private static final Set<RepairOrderStatus> READY = EnumSet.of(RepairOrderStatus.READY_FOR_PICKUP,
            RepairOrderStatus.SETTLED);
    private static final Duration WARNING = Duration.ofMinutes(30);

    private LoungeBoard() {
    }

    /**
     * The board's rows now.
     *
     * @param storage the store the service desk writes to
     * @param lang the language of the stage and light
     * @param now the time now
     * @return the rows, the soonest promise first
     */
    public static List<DayAtTheDealership.BoardLine> rows(Storage storage, Lang lang, Instant now) {
        List<RepairOrder> open = new ArrayList<>();
        var orders = storage.repository(ServiceDesk.ORDERS);
        for (RepairOrderStatus status : OPEN) {
            for (Versioned<RepairOrder> v : orders.findBy(ServiceDesk.ORDERS_BY_STATUS, status.name())) {
                open.add(v.value());
            }
        }
        open.sort(Comparator.comparing(RepairOrder::promisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(o -> o.id().value()));
        List<DayAtTheDealership.BoardLine> rows = new ArrayList<>();
        for (RepairOrder o : open) {
            String plate = o.vehicle() == null || o.vehicle().plate() == null ? "" : o.vehicle().plate().value();
            rows.add(new DayAtTheDealership.BoardLine(o.id().value(), mask(plate), lang.label(o.status()),
                    promised(lang, now, o.promisedAt()) + "  " + lang.label("Light." + light(now, o))));
        }
        return rows;
    }

    private static String promised(Lang lang, Instant now, Instant promised) {
        if (promised == null || promised.atZone(Dealership.ZONE).toLocalDate().equals(now.atZone(Dealership.ZONE).toLocalDate())) {
            return lang.time(promised);
        }
        java.time.LocalDate day = promised.atZone(Dealership.ZONE).toLocalDate();
        return lang.t(String.format("%02d-%02d ", day.getMonthValue(), day.getDayOfMonth()),
                day.getMonthValue() + "月" + day.getDayOfMonth() + "日 ") + lang.time(promised);
    }

    private static String light(Instant now, RepairOrder o) {
        if (READY.contains(o.status())) {
            return "DONE";
        }
        if (o.promisedAt() == null) {
            return "GREEN";
        }
        if (now.isAfter(o.promisedAt())) {
            return "RED";
        }
        return now.plus(WARNING).isAfter(o.promisedAt()) ? "YELLOW" : "GREEN";
    }

    /**
     * @param plate a plate such as 粤A3F829
     * @return it masked for a public screen: 粤A***29
     */
    static String mask(String plate) {
        if (plate.length() < 5) {
            return plate;
        }
        return plate.substring(0, 2) + "*".repeat(plate.length() - 4) + plate.substring(plate.length() - 2);
    }

    /**
     * The board as an aligned table.
     *
     * @param rows the rows
     * @param lang the language
     * @param indent spaces before each line
     * @return the text
     */
    public static String text(List<DayAtTheDealership.BoardLine> rows, Lang lang, int indent) {
        if (rows.isEmpty()) {
            return " ".repeat(indent) + lang.t("No cars in the workshop.", "车间暂无车辆。") + "\n";
        }
        List<List<String>> cells = new ArrayList<>();
        for (DayAtTheDealership.BoardLine r : rows) {
            cells.add(List.of(r.order(), r.plate(), r.status(), r.promised()));
        }
        return Lang.table(List.of(lang.t("Order", "工单"), lang.t("Plate", "车牌"), lang.t("Stage", "进度"),
                lang.t("Promised", "承诺完工")), cells, indent);
    }
}
