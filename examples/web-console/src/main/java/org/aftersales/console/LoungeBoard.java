package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aftersales.serviceflow.board.ProgressBoard;
import org.aftersales.serviceflow.board.PublicRow;

/**
 * The customer lounge's progress board (F16), drawn from service-flow's {@link ProgressBoard}
 * read model: every open repair order with its stage, its promised time, the board's light (red
 * while the car waits, yellow in repair, green about to finish or ready) and a late flag. Public,
 * so it shows only {@link ProgressBoard#publicRows(Instant) public rows}: the plate masked, no name,
 * no phone number (China's personal information protection law).
 */
public final class LoungeBoard {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final ProgressBoard board;
    private final ZoneId zone;

    /**
     * @param board the progress board, kept from the store the service desk writes to
     * @param zone the dealership's time zone, for the promised times shown
     */
    public LoungeBoard(ProgressBoard board, ZoneId zone) {
        this.board = Objects.requireNonNull(board, "board");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** @return every open order as the public may see it, the soonest promise first */
    List<PublicRow> rows(Instant now) {
        return board.publicRows(now);
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

    String rowsHtml(List<PublicRow> rows, Lang lang) {
        StringBuilder b = new StringBuilder(rows.size() * 220 + 64);
        for (PublicRow r : rows) {
            b.append("<tr class=\"").append(r.light().name().toLowerCase(Locale.ROOT)).append(r.late() ? " late" : "")
                    .append("\" data-order=\"").append(esc(r.order())).append("\" data-light=\"").append(r.light().name())
                    .append("\" data-late=\"").append(r.late())
                    .append("\"><td class=\"light\" title=\"").append(esc(Ui.t(lang, "light." + r.light().name())))
                    .append("\"></td><td>").append(esc(r.order())).append("</td><td class=\"plate\">")
                    .append(esc(r.maskedPlate())).append("</td><td class=\"stage\">")
                    .append(esc(Ui.t(lang, "status." + r.status().name()))).append("</td><td class=\"promised\">")
                    .append(r.promisedAt() == null ? esc(Ui.t(lang, "promiseTbc")) : TIME.format(r.promisedAt().atZone(zone)));
            if (r.late()) {
                b.append(" <span class=\"late-flag\">").append(esc(Ui.t(lang, "late"))).append("</span>");
            }
            b.append("</td></tr>");
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
