package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementRule;

/**
 * Re-slotting (P4) on a working copy of the stock. First every line that breaks a hard rule
 * is taken out and placed again with the placement engine (a part kept in several bins is
 * gathered into one); the lines are re-checked just before, so a conflict between two lines
 * moves only one of them. Then the lines scoring worst on the soft rules are tried elsewhere,
 * and a move is kept only when it raises the line's score by at least the minimum gain, up to
 * the move budget. A line that still finds no free bin gets one whose single occupant can move
 * to a bin of its own (two moves). Cancellation stops between lines and returns the moves so
 * far.
 */
final class Reslotter {

    /** How often lines left with a hard violation are tried again. */
    private static final int MAX_HARD_PASSES = 4;

    /** How many occupied bins are tried when making room for a line with no free bin. */
    private static final int MAX_ROOM_TRIES = 64;

    private Reslotter() {
    }

    /**
     * Plans the moves.
     *
     * @param placer the placer
     * @param original the audited stock; not changed
     * @param maxSoftMoves the most moves made for the soft score
     * @param minSoftGain the least score gain that justifies a soft move
     * @param listener hears progress
     * @param token stops early
     * @return the plan
     */
    static ReslottingPlan plan(Placer placer, StockIndex original, int maxSoftMoves, double minSoftGain,
            ProgressListener listener, CancellationToken token) {
        StockIndex work = original.copy();
        Auditor.Summary before = Auditor.summarize(placer, work, false, listener, CancellationToken.NEVER, "audit");
        List<Move> moves = new ArrayList<>();
        boolean complete = true;
        List<Auditor.Line> left = new ArrayList<>(before.hardLines());
        complete = hardPhase(placer, work, left, moves, listener, token);
        if (complete) {
            left.removeIf(line -> makeRoom(placer, work, line, moves));
        }
        if (complete) {
            int movesBefore = moves.size();
            complete = improveSoft(placer, work, maxSoftMoves, minSoftGain, moves, listener, token);
            if (complete && !left.isEmpty() && moves.size() > movesBefore) {
                // soft moves may have freed a bin that a line left over can use
                complete = hardPhase(placer, work, left, moves, listener, token);
            }
        }
        Auditor.Summary after = Auditor.summarize(placer, work, true, listener, CancellationToken.NEVER, "verify");
        return new ReslottingPlan(placer.rules().name(), moves, before.hardViolations(), after.hardViolations(),
                Auditor.round(before.softMean()), Auditor.round(after.softMean()), after.hard(), complete);
    }

    /**
     * Moves the lines that break a hard rule, retrying those that found no bin while moves
     * happen, since a line moved later may free a bin. Leaves in {@code lines} those still
     * breaking a rule.
     *
     * @return false when cancelled
     */
    private static boolean hardPhase(Placer placer, StockIndex work, List<Auditor.Line> lines, List<Move> moves,
            ProgressListener listener, CancellationToken token) {
        for (int pass = 0; pass < MAX_HARD_PASSES && !lines.isEmpty(); pass++) {
            int movesBefore = moves.size();
            List<Auditor.Line> left = new ArrayList<>();
            int total = lines.size();
            for (int n = 0; n < total; n++) {
                if (n % 64 == 0) {
                    if (token.isCancellationRequested()) {
                        return false;
                    }
                    listener.progress("hard", n, total);
                }
                if (!fixHard(placer, work, lines.get(n), moves)) {
                    left.add(lines.get(n));
                }
            }
            listener.progress("hard", total, total);
            lines.clear();
            lines.addAll(left);
            if (moves.size() == movesBefore) {
                break;
            }
        }
        return true;
    }

    /**
     * For a line that found no free bin: takes an occupied bin that the part may use, and moves
     * its single occupant to a bin of its own first (two moves).
     *
     * @return true when the line no longer breaks a hard rule
     */
    private static boolean makeRoom(Placer placer, StockIndex work, Auditor.Line line, List<Move> moves) {
        Lifted lifted = Lifted.of(placer, work, line);
        if (lifted == null) {
            return true;
        }
        for (Bin room : placer.occupiedCandidates(work, lifted.part, lifted.total, MAX_ROOM_TRIES)) {
            Part occupant = work.firstOccupant(room);
            long occupantQty = work.remove(room, occupant);
            if (placer.allows(work, lifted.part, lifted.total, room)) {
                work.add(room, lifted.part, lifted.total);
                Placer.Scored dest = placer.best(work, occupant, occupantQty);
                if (dest != null) {
                    moves.add(new Move(occupant.number(), occupantQty, room.code(), dest.bin().code(),
                            Texts.t("move.room", lifted.part.number(), room.code())));
                    work.add(dest.bin(), occupant, occupantQty);
                    work.remove(room, lifted.part);
                    lifted.moveTo(work, room, moves);
                    return true;
                }
                work.remove(room, lifted.part);
            }
            work.add(room, occupant, occupantQty);
        }
        lifted.putBack(work);
        return false;
    }

    /** A line that breaks a hard rule, taken out of the stock with every other bin of its part. */
    private static final class Lifted {
        final Part part;
        final List<Bin> sources;
        final long[] quantities;
        final long total;
        /** Why each source is left, as judged there before anything moved; null where nothing is broken. */
        final LocalizedText[] reasons;

        private Lifted(Part part, List<Bin> sources, long[] quantities, long total, LocalizedText[] reasons) {
            this.part = part;
            this.sources = sources;
            this.quantities = quantities;
            this.total = total;
            this.reasons = reasons;
        }

        /** Takes the line's part out of every bin; null when the line is gone or breaks no hard rule. */
        static Lifted of(Placer placer, StockIndex work, Auditor.Line line) {
            Part part = line.part();
            if (work.quantity(line.bin(), part.number()) == 0) {
                return null;
            }
            Query q = placer.auditQuery(work, part);
            PlacementRule broken = firstBroken(placer, q, line.bin());
            if (broken == null) {
                return null;
            }
            List<Bin> sources = new ArrayList<>(work.binsOf(part.number()));
            // each source gets the reason found in it (issue 11: a part kept in two bins moved out
            // of the second with the first one's reason, which named the bin it was leaving)
            LocalizedText[] reasons = new LocalizedText[sources.size()];
            for (int i = 0; i < sources.size(); i++) {
                Bin source = sources.get(i);
                PlacementRule there = source == line.bin() ? broken : firstBroken(placer, q, source);
                reasons[i] = there == null ? null : Texts.t("move.hard", there.title(), there.explain(q, source));
            }
            long[] quantities = new long[sources.size()];
            long total = 0;
            for (int i = 0; i < sources.size(); i++) {
                quantities[i] = work.remove(sources.get(i), part);
                total += quantities[i];
            }
            return new Lifted(part, sources, quantities, total, reasons);
        }

        void putBack(StockIndex work) {
            for (int i = 0; i < sources.size(); i++) {
                work.add(sources.get(i), part, quantities[i]);
            }
        }

        void moveTo(StockIndex work, Bin dest, List<Move> moves) {
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i) != dest) {
                    LocalizedText reason = reasons[i] != null ? reasons[i]
                            : Texts.t("move.gather", part.number(), dest.code());
                    moves.add(new Move(part.number(), quantities[i], sources.get(i).code(), dest.code(), reason));
                }
            }
            work.add(dest, part, total);
        }
    }

    private static PlacementRule firstBroken(Placer placer, Query q, Bin bin) {
        for (PlacementRule r : placer.rules().hard()) {
            if (r.evaluate(q, bin) <= 0) {
                return r;
            }
        }
        return null;
    }

    /** Moves a line that breaks a hard rule; false when it still breaks one (no bin fits). */
    private static boolean fixHard(Placer placer, StockIndex work, Auditor.Line line, List<Move> moves) {
        Lifted lifted = Lifted.of(placer, work, line);
        if (lifted == null) {
            return true;
        }
        Placer.Scored dest = placer.best(work, lifted.part, lifted.total);
        if (dest == null) {
            lifted.putBack(work);
            return false;
        }
        lifted.moveTo(work, dest.bin(), moves);
        return true;
    }

    private static boolean improveSoft(Placer placer, StockIndex work, int budget, double minGain, List<Move> moves,
            ProgressListener listener, CancellationToken token) {
        if (budget <= 0) {
            return true;
        }
        record Scored(Bin bin, Part part, double score) {
        }
        double threshold = placer.settings().softShortfallBelow();
        List<Scored> weak = new ArrayList<>();
        BitSet occupied = work.occupied();
        List<Bin> bins = work.layout().bins();
        for (int i = occupied.nextSetBit(0); i >= 0; i = occupied.nextSetBit(i + 1)) {
            Bin bin = bins.get(i);
            if (work.isShared(bin)) {
                continue;
            }
            Part part = work.firstOccupant(bin);
            double s = placer.softScore(placer.auditQuery(work, part), bin);
            if (s < threshold) {
                weak.add(new Scored(bin, part, s));
            }
        }
        weak.sort(Comparator.comparingDouble(Scored::score).thenComparingInt(s -> s.bin().ordinal()));
        int made = 0;
        int tries = Math.min(weak.size(), budget * 4);
        for (int n = 0; n < tries && made < budget; n++) {
            if (n % 64 == 0) {
                if (token.isCancellationRequested()) {
                    return false;
                }
                listener.progress("soft", n, tries);
            }
            Scored line = weak.get(n);
            Query q = placer.auditQuery(work, line.part());
            if (work.quantity(line.bin(), line.part().number()) == 0 || firstBroken(placer, q, line.bin()) != null) {
                continue;
            }
            double old = placer.softScore(q, line.bin());
            long qty = work.remove(line.bin(), line.part());
            Placer.Scored dest = placer.best(work, line.part(), qty);
            if (dest != null && dest.bin() != line.bin() && dest.score() - old >= minGain) {
                moves.add(new Move(line.part().number(), qty, line.bin().code(), dest.bin().code(),
                        Texts.t("move.soft", Texts.score(old), Texts.score(dest.score()))));
                work.add(dest.bin(), line.part(), qty);
                made++;
            } else {
                work.add(line.bin(), line.part(), qty);
            }
        }
        listener.progress("soft", tries, tries);
        return true;
    }
}
