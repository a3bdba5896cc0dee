package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;

/**
 * Layout audit (P4): judges every stock line where it lies, with quantity 0 so the rules see
 * the line's own stock as already there. Pure: reads the stock, changes nothing.
 */
final class Auditor {

    /** How many lines pass between progress reports. */
    static final int REPORT_EVERY = 1024;

    private Auditor() {
    }

    /** A stock line: a part in a bin. */
    record Line(Bin bin, Part part) {
    }

    /** The outcome of judging every line: the hard-violating lines, and the mean soft score. */
    record Summary(List<Line> hardLines, int hardViolations, double softMean, List<Finding> hard, List<Finding> soft) {
    }

    /**
     * Audits the stock.
     *
     * @param placer the placer with its rules
     * @param stock the stock
     * @param listener hears progress
     * @param token stops the audit
     * @return the report
     * @throws CancellationException when the token asks to stop
     */
    static AuditReport audit(Placer placer, StockIndex stock, ProgressListener listener, CancellationToken token) {
        Summary s = summarize(placer, stock, true, listener, token, "audit");
        return new AuditReport(placer.rules().name(), stock.layout().bins().size(), stock.lineCount(), s.hard(), s.soft(),
                round(s.softMean()));
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /**
     * Judges every line.
     *
     * @param explain whether to build findings with reasons (false only counts)
     */
    static Summary summarize(Placer placer, StockIndex stock, boolean explain, ProgressListener listener,
            CancellationToken token, String phase) {
        List<Line> hardLines = new ArrayList<>();
        List<Finding> hard = new ArrayList<>();
        List<Finding> soft = new ArrayList<>();
        int violations = 0;
        double sum = 0;
        int lines = 0;
        int total = stock.lineCount();
        BitSet occupied = stock.occupied();
        List<Bin> bins = stock.layout().bins();
        List<PlacementRule> hardRules = placer.rules().hard();
        List<PlacementRule> softRules = placer.rules().soft();
        double[] weights = placer.rules().weights();
        double threshold = placer.settings().softShortfallBelow();
        double totalWeight = placer.rules().totalWeight();
        for (int i = occupied.nextSetBit(0); i >= 0; i = occupied.nextSetBit(i + 1)) {
            Bin bin = bins.get(i);
            for (Part part : stock.occupants(bin)) {
                if (lines % REPORT_EVERY == 0) {
                    if (token.isCancellationRequested()) {
                        throw new CancellationException(Texts.t("audit.cancelled").en());
                    }
                    listener.progress(phase, lines, total);
                }
                lines++;
                Query q = placer.auditQuery(stock, part);
                boolean broken = false;
                for (PlacementRule r : hardRules) {
                    if (r.evaluate(q, bin) <= 0) {
                        broken = true;
                        violations++;
                        if (explain) {
                            hard.add(new Finding(bin.code(), part.number(), r.id(), RuleKind.HARD, 0, r.explain(q, bin)));
                        }
                    }
                }
                if (broken) {
                    hardLines.add(new Line(bin, part));
                }
                if (!explain) {
                    sum += placer.softScore(q, bin);
                    continue;
                }
                double line = 0;
                for (int k = 0; k < softRules.size(); k++) {
                    if (weights[k] <= 0) {
                        continue;
                    }
                    PlacementRule r = softRules.get(k);
                    double v = Math.max(0, Math.min(1, r.evaluate(q, bin)));
                    line += weights[k] * v;
                    if (v < threshold) {
                        soft.add(new Finding(bin.code(), part.number(), r.id(), RuleKind.SOFT, round(v), r.explain(q, bin)));
                    }
                }
                sum += totalWeight > 0 ? line / totalWeight : 1;
            }
        }
        listener.progress(phase, lines, total);
        return new Summary(hardLines, violations, lines == 0 ? 1 : sum / lines, hard, soft);
    }
}
