package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.inventory.spi.PlacementRule;
import org.aftersales.inventory.spi.RuleKind;
import org.aftersales.inventory.spi.SearchBounds;
import org.aftersales.inventory.spi.StockGroup;

/**
 * The placement algorithm (P3). Hard rules narrow the search; candidates come from the
 * {@link BinIndex} (nearest, snuggest and, for slow movers, farthest free bins of each bucket)
 * and from the free neighbours of bins holding the same type of part; every candidate is
 * judged by every rule; when no sampled candidate passes, every bin within the bounds is
 * judged, so a bin is found whenever one exists. Immutable and thread-safe.
 */
final class Placer {

    /** How many bins of each stock group lend their neighbours as candidates. */
    private static final int GROUP_SEEDS = 8;

    private final Layout layout;
    private final ResolvedRules rules;
    private final PlacementSettings settings;
    private final BinIndex index;
    private final double totalWeight;

    /**
     * @param layout the layout
     * @param rules the resolved rule set
     * @param settings the thresholds
     * @param index the candidate index of the layout under these settings
     */
    Placer(Layout layout, ResolvedRules rules, PlacementSettings settings, BinIndex index) {
        this.layout = layout;
        this.rules = rules;
        this.settings = settings;
        this.index = index;
        this.totalWeight = rules.totalWeight();
    }

    /** @return the resolved rules */
    public ResolvedRules rules() {
        return rules;
    }

    /** @return the settings */
    public PlacementSettings settings() {
        return settings;
    }

    /**
     * Places pieces of a part.
     *
     * @param stock the stock
     * @param part the part
     * @param quantity how many pieces
     * @param exhaustive true to judge every bin of the layout (the naive reference)
     * @return the decision
     * @throws BusinessRuleException ({@link NoBinFits#RULE}) when no bin passes every hard rule
     */
    public PlacementDecision place(StockIndex stock, Part part, long quantity, boolean exhaustive) {
        Query q = new Query(part, quantity, settings, stock);
        Top top = search(q, exhaustive);
        if (top.size == 0) {
            throw noBinFits(q);
        }
        return decision(q, top);
    }

    /**
     * Finds the bin a placement would choose, without building explanations.
     *
     * @param stock the stock
     * @param part the part
     * @param quantity how many pieces
     * @return the bin and its score, or null when no bin fits
     */
    public Scored best(StockIndex stock, Part part, long quantity) {
        Query q = new Query(part, quantity, settings, stock);
        Top top = search(q, false);
        return top.size == 0 ? null : new Scored(top.bins[0], top.scores[0]);
    }

    /**
     * A bin and its soft score.
     *
     * @param bin the bin
     * @param score the score
     */
    record Scored(Bin bin, double score) {
    }

    private Top search(Query q, boolean exhaustive) {
        Top top = new Top(settings.runnersUp() + 1);
        if (exhaustive) {
            for (Bin bin : layout.bins()) {
                consider(q, bin, top);
            }
            return top;
        }
        SearchBounds bounds = new SearchBounds();
        for (PlacementRule r : rules.hard()) {
            r.narrow(q, bounds);
        }
        if (bounds.isNothing()) {
            return top;
        }
        Bin only = bounds.onlyBinOrNull();
        if (only != null) {
            consider(q, only, top);
            return top;
        }
        StockIndex stock = q.index();
        Set<Bin> seen = new HashSet<>();
        BinIndex.Sink sink = bin -> {
            if (seen.add(bin)) {
                consider(q, bin, top);
            }
        };
        index.gather(bounds, stock, settings.candidatesPerBucket(), q.part().movement() == Movement.SLOW,
                sink);
        for (StockGroup g : StockIndex.groupsOf(q.part())) {
            int seeds = 0;
            for (Bin b : stock.binsHolding(g)) {
                if (seeds++ >= GROUP_SEEDS) {
                    break;
                }
                for (Bin n : layout.neighbours(b)) {
                    if ((!bounds.emptyOnly() || stock.isEmpty(n)) && BinIndex.levelAllowed(n.level(), bounds, stock)) {
                        sink.accept(n);
                    }
                }
            }
        }
        if (top.size == 0) {
            index.all(bounds, stock, sink);
        }
        return top;
    }

    private void consider(Query q, Bin bin, Top top) {
        top.scored++;
        if (!passesHard(q, bin)) {
            return;
        }
        top.offer(bin, softScore(q, bin));
    }

    /**
     * @param q the question
     * @param bin a bin
     * @return true when every hard rule allows the bin
     */
    boolean passesHard(Query q, Bin bin) {
        List<PlacementRule> hard = rules.hard();
        for (int i = 0; i < hard.size(); i++) {
            if (hard.get(i).evaluate(q, bin) <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param q the question
     * @param bin a bin
     * @return the weighted soft score from 0 to 1 (1 when the set has no soft rule)
     */
    double softScore(Query q, Bin bin) {
        if (totalWeight <= 0) {
            return 1;
        }
        List<PlacementRule> soft = rules.soft();
        double[] w = rules.weights();
        double sum = 0;
        for (int i = 0; i < soft.size(); i++) {
            if (w[i] > 0) {
                sum += w[i] * clamp(soft.get(i).evaluate(q, bin));
            }
        }
        return sum / totalWeight;
    }

    private static double clamp(double v) {
        return v > 1 ? 1 : v >= 0 ? v : 0;
    }

    private BusinessRuleException noBinFits(Query q) {
        List<RuleCount> counts = new ArrayList<>();
        for (PlacementRule r : rules.hard()) {
            int out = 0;
            for (Bin bin : layout.bins()) {
                if (r.evaluate(q, bin) <= 0) {
                    out++;
                }
            }
            if (out > 0) {
                counts.add(new RuleCount(r.id(), r.title(), out));
            }
        }
        counts.sort(Comparator.comparingInt(RuleCount::binsRuledOut).reversed());
        List<LocalizedText> items = new ArrayList<>();
        for (RuleCount c : counts) {
            items.add(Texts.t("placement.ruledOut", c.title(), c.binsRuledOut()));
        }
        Part part = q.part();
        LocalizedText head = Texts.t("placement.noBinFits", layout.bins().size(), q.quantity(), part.name(),
                part.number(), Texts.join(items));
        NoBinFits detail = new NoBinFits(part.number(), q.quantity(), rules.name(), layout.bins().size(), counts, head);
        return new BusinessRuleException(NoBinFits.RULE, head, detail);
    }

    private PlacementDecision decision(Query q, Top top) {
        BinChoice chosen = choice(q, top.bins[0], top.scores[0]);
        List<RunnerUp> runners = new ArrayList<>();
        for (int i = 1; i < top.size; i++) {
            BinChoice c = choice(q, top.bins[i], top.scores[i]);
            runners.add(new RunnerUp(c, lostBecause(chosen, c)));
        }
        Bin bin = top.bins[0];
        LocalizedText summary = Texts.t("placement.summary", q.quantity(), q.part().name(), q.part().number(),
                bin.code(), Texts.t("kind." + bin.kind()), bin.level().heightMm(), Texts.one(bin.distanceToCounterM()),
                Texts.score(top.scores[0]), rules.name());
        return new PlacementDecision(q.part().number(), q.quantity(), rules.name(), chosen, runners, top.scored,
                layout.bins().size(), summary);
    }

    /**
     * The verdicts of every rule on a bin, with reasons.
     *
     * @param q the question
     * @param bin the bin
     * @param score its soft score
     * @return the judged bin
     */
    BinChoice choice(Query q, Bin bin, double score) {
        List<RuleVerdict> verdicts = new ArrayList<>();
        for (PlacementRule r : rules.hard()) {
            boolean ok = r.evaluate(q, bin) > 0;
            verdicts.add(new RuleVerdict(r.id(), RuleKind.HARD, ok, ok ? 1 : 0, 0, r.explain(q, bin)));
        }
        List<PlacementRule> soft = rules.soft();
        for (int i = 0; i < soft.size(); i++) {
            PlacementRule r = soft.get(i);
            verdicts.add(new RuleVerdict(r.id(), RuleKind.SOFT, true, round(clamp(r.evaluate(q, bin))),
                    rules.weights()[i], r.explain(q, bin)));
        }
        return new BinChoice(bin.code(), bin.kind(), bin.level().heightMm(), round(bin.distanceToCounterM()),
                round(score), verdicts);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private LocalizedText lostBecause(BinChoice chosen, BinChoice runner) {
        record Gap(RuleVerdict verdict, double chosenScore, double gap) {
        }
        List<Gap> gaps = new ArrayList<>();
        List<RuleVerdict> a = chosen.verdicts();
        List<RuleVerdict> b = runner.verdicts();
        for (int i = 0; i < a.size(); i++) {
            RuleVerdict va = a.get(i);
            RuleVerdict vb = b.get(i);
            double gap = va.weight() * (va.score() - vb.score());
            if (va.kind() == RuleKind.SOFT && gap > 1e-9) {
                gaps.add(new Gap(vb, va.score(), gap));
            }
        }
        if (gaps.isEmpty() || chosen.score() == runner.score()) {
            return Texts.t("placement.tie");
        }
        gaps.sort(Comparator.comparingDouble(Gap::gap).reversed());
        List<LocalizedText> items = new ArrayList<>();
        for (Gap g : gaps.subList(0, Math.min(3, gaps.size()))) {
            PlacementRule r = ruleById(g.verdict().rule());
            items.add(Texts.t("placement.lostOn", r.title(), Texts.score(g.verdict().score()), Texts.score(g.chosenScore())));
        }
        return Texts.t("placement.lostBy", Texts.score(runner.score()), Texts.score(chosen.score()), Texts.join(items));
    }

    private PlacementRule ruleById(String id) {
        for (PlacementRule r : rules.soft()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("a verdict names a soft rule of the set: " + id);
    }

    /**
     * A new question about a part already stored: the rules judge its present stock (quantity 0).
     *
     * @param stock the stock
     * @param part the part
     * @return the question
     */
    Query auditQuery(StockIndex stock, Part part) {
        return new Query(part, 0, settings, stock);
    }

    /**
     * Occupied bins that a part could take if their single occupant moved out: within the
     * bounds of every hard rule but one part one bin and level load, holding exactly one other
     * part.
     *
     * @param stock the stock
     * @param part the part looking for room
     * @param quantity how many pieces
     * @param limit the most bins to return
     * @return the bins, nearest the counter first within each index bucket
     */
    List<Bin> occupiedCandidates(StockIndex stock, Part part, long quantity, int limit) {
        Query q = new Query(part, quantity, settings, stock);
        SearchBounds bounds = new SearchBounds();
        for (PlacementRule r : rules.hard()) {
            // both depend on what is in the bin now, which is about to move out
            if (!r.id().equals(OnePartOneBinRule.ID) && !r.id().equals(LevelLoadRule.ID)) {
                r.narrow(q, bounds);
            }
        }
        List<Bin> out = new ArrayList<>();
        if (bounds.isNothing()) {
            return out;
        }
        index.all(bounds, stock, bin -> {
            if (out.size() < limit && !stock.isEmpty(bin) && !stock.isShared(bin)
                    && !stock.firstOccupant(bin).number().equals(part.number())) {
                out.add(bin);
            }
        });
        return out;
    }

    /**
     * Whether every hard rule allows pieces of a part in a bin, as the stock stands.
     *
     * @param stock the stock
     * @param part the part
     * @param quantity how many pieces
     * @param bin the bin
     * @return true when allowed
     */
    boolean allows(StockIndex stock, Part part, long quantity, Bin bin) {
        return passesHard(new Query(part, quantity, settings, stock), bin);
    }

    /** The best few bins seen, best first: higher score, then nearer the counter, then layout order. */
    static final class Top {
        final Bin[] bins;
        final double[] scores;
        int size;
        int scored;

        Top(int capacity) {
            bins = new Bin[capacity];
            scores = new double[capacity];
        }

        void offer(Bin bin, double score) {
            int pos = size;
            while (pos > 0 && better(bin, score, bins[pos - 1], scores[pos - 1])) {
                pos--;
            }
            if (pos >= bins.length) {
                return;
            }
            int end = Math.min(size, bins.length - 1);
            System.arraycopy(bins, pos, bins, pos + 1, end - pos);
            System.arraycopy(scores, pos, scores, pos + 1, end - pos);
            bins[pos] = bin;
            scores[pos] = score;
            if (size < bins.length) {
                size++;
            }
        }

        private static boolean better(Bin a, double sa, Bin b, double sb) {
            if (sa != sb) {
                return sa > sb;
            }
            double da = a.distanceToCounterM();
            double db = b.distanceToCounterM();
            if (da != db) {
                return da < db;
            }
            return a.ordinal() < b.ordinal();
        }
    }
}
