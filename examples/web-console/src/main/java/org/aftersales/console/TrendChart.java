package org.aftersales.console;

import static org.aftersales.console.Html.esc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.scoring.AssessmentPeriod;
import org.aftersales.core.scoring.TrendPoint;

/**
 * A scorecard's trend drawn as an inline SVG line chart: percent (0 to 100) up, periods across,
 * a dot with its value on each period. Drawn on the server, so the page needs no script.
 */
final class TrendChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    private TrendChart() {
    }

    /**
     * @param trend the points, oldest first
     * @param label what the chart shows, for screen readers
     * @return the {@code <svg>} element
     */
    static String svg(List<TrendPoint> trend, String label) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<svg id=\"trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-label=\"").append(esc(label)).append("\"><title>").append(esc(label)).append("</title>");
        for (int p = 0; p <= 100; p += 20) {
            double y = y(p);
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(p).append("</text>");
        }
        int n = trend.size();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            TrendPoint t = trend.get(i);
            double x = x(i, n);
            double y = y(t.percent().doubleValue());
            line.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            b.append("<text class=\"axis\" x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\">").append(esc(periodLabel(t.period()))).append("</text>");
        }
        if (n > 1) {
            b.append("<polyline class=\"trend\" fill=\"none\" points=\"").append(line).append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            TrendPoint t = trend.get(i);
            double x = x(i, n);
            double y = y(t.percent().doubleValue());
            b.append("<circle class=\"point\" data-period=\"").append(esc(periodLabel(t.period())))
                    .append("\" data-percent=\"").append(plain(t.percent())).append("\" cx=\"").append(fmt(x))
                    .append("\" cy=\"").append(fmt(y)).append("\" r=\"4\"><title>").append(esc(periodLabel(t.period())))
                    .append(": ").append(plain(t.percent())).append("% ").append(esc(t.grade().code()))
                    .append("</title></circle><text class=\"value\" x=\"").append(fmt(x)).append("\" y=\"")
                    .append(fmt(y - 8)).append("\" text-anchor=\"middle\">").append(plain(t.percent())).append("</text>");
        }
        b.append("</svg>");
        return b.toString();
    }

    static String periodLabel(AssessmentPeriod period) {
        return switch (period.granularity()) {
            case MONTH -> period.from().toString().substring(0, 7);
            default -> period.from() + "…" + period.to();
        };
    }

    private static double x(int i, int n) {
        double span = WIDTH - LEFT - RIGHT - 40;
        return LEFT + 20 + (n == 1 ? span / 2 : span * i / (n - 1));
    }

    private static double y(double percent) {
        double clamped = Math.max(0, Math.min(100, percent));
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - clamped / 100.0);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
