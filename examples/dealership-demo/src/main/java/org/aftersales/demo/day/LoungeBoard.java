package org.aftersales.demo.day;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.serviceflow.board.ProgressBoard;
import org.aftersales.serviceflow.board.PublicRow;

/**
 * The customer lounge's screen over service-flow's {@link ProgressBoard}: every car in the
 * workshop's hands with its stage, its promised time and its light, the plate masked and
 * nothing that names a person.
 */
public final class LoungeBoard {

    private LoungeBoard() {
    }

    /**
     * The board's rows now, in a language.
     *
     * @param board the progress board, caught up with the store's log
     * @param lang the language of the stage and light
     * @param now the time now
     * @return the rows, the soonest promise first
     */
    public static List<DayAtTheDealership.BoardLine> rows(ProgressBoard board, Lang lang, Instant now) {
        List<DayAtTheDealership.BoardLine> rows = new ArrayList<>();
        for (PublicRow r : board.publicRows(now)) {
            rows.add(new DayAtTheDealership.BoardLine(r.order(), r.maskedPlate(), lang.label(r.status()),
                    promised(lang, now, r.promisedAt()) + "  "
                            + (r.late() ? lang.label("BoardLight.LATE") : lang.label(r.light()))));
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
