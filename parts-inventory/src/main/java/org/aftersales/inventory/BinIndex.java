package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.value.Dimensions;
import org.aftersales.inventory.spi.SearchBounds;

/**
 * Candidate index of a layout: levels grouped into buckets by rack kind, height band (near
 * the floor, up to waist height, higher), dedicated category and bin size, each bucket's
 * levels ordered by distance from the counter. A level is the unit because all its bins share
 * kind, height, load limit and size; its bins have consecutive ordinals, so free bins are found
 * with {@link BitSet#nextClearBit(int)} over the stock's occupied set. Whole buckets are
 * skipped when their kind, band, dedication or bin size is out of bounds. Immutable.
 */
final class BinIndex {

    private final List<Bucket> buckets;

    /** One bucket: levels of one kind, height band, dedication and bin size. */
    static final class Bucket {
        final RackKind kind;
        final String dedicated;
        final int minHeightMm;
        final Dimensions binSize;
        final long binVolume;
        final Level[] byDistance;

        Bucket(RackKind kind, String dedicated, Dimensions binSize, List<Level> levels) {
            this.kind = kind;
            this.dedicated = dedicated;
            this.binSize = binSize;
            this.binVolume = binSize.volumeMm3();
            this.byDistance = levels.stream()
                    .sorted(Comparator.comparingDouble((Level l) -> l.rack().zone().distanceToCounterM() + l.rack().offsetM())
                            .thenComparingInt(Level::ordinal))
                    .toArray(Level[]::new);
            this.minHeightMm = levels.stream().mapToInt(Level::heightMm).min().orElse(0);
        }
    }

    private BinIndex(List<Bucket> buckets) {
        this.buckets = buckets;
    }

    /**
     * Builds the index.
     *
     * @param layout the layout
     * @param settings the settings whose heights make the bands
     * @return the index
     */
    static BinIndex of(Layout layout, PlacementSettings settings) {
        Map<List<Object>, List<Level>> groups = new LinkedHashMap<>();
        for (Level level : layout.levels()) {
            int band = level.heightMm() <= settings.nearFloorHeightMm() ? 0
                    : level.heightMm() <= settings.waistHeightMm() ? 1 : 2;
            List<Object> key = Arrays.asList(level.rack().kind(), band, level.rack().dedicatedToOrNull(),
                    level.bins().get(0).size());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(level);
        }
        List<Bucket> buckets = new ArrayList<>();
        groups.forEach((k, levels) -> buckets.add(new Bucket((RackKind) k.get(0), (String) k.get(2), (Dimensions) k.get(3),
                levels)));
        buckets.sort(Comparator.comparingLong(b -> b.binVolume));
        return new BinIndex(List.copyOf(buckets));
    }

    /** @return how many buckets there are */
    public int bucketCount() {
        return buckets.size();
    }

    /**
     * Whether a level is within the bounds (kind, height, dedication, size, load).
     *
     * @param level a level
     * @param bounds the bounds
     * @param stock the stock, for the level's load
     * @return true when its bins may be candidates
     */
    static boolean levelAllowed(Level level, SearchBounds bounds, StockIndex stock) {
        if (!bounds.kinds().contains(level.rack().kind()) || level.heightMm() > bounds.maxLevelHeightMm()) {
            return false;
        }
        String category = bounds.dedicatedCategoryOrNull();
        String dedicated = level.rack().dedicatedToOrNull();
        if (category != null && dedicated != null && !dedicated.equals(category)) {
            return false;
        }
        Bin first = level.bins().get(0);
        Dimensions fit = bounds.mustFitOrNull();
        if (fit != null && !fit.fitsIn(first.size()) || first.volumeMm3() < bounds.minVolumeMm3()) {
            return false;
        }
        return loadAllows(level, bounds, stock);
    }

    private static boolean loadAllows(Level level, SearchBounds bounds, StockIndex stock) {
        return level.loadLimit().grams() - stock.levelLoadGrams(level) >= bounds.minLevelFreeLoadGrams()
                && level.heightMm() <= bounds.maxLevelHeightMm();
    }

    private static boolean bucketAllowed(Bucket b, SearchBounds bounds) {
        if (!bounds.kinds().contains(b.kind) || b.minHeightMm > bounds.maxLevelHeightMm()
                || b.binVolume < bounds.minVolumeMm3()) {
            return false;
        }
        String category = bounds.dedicatedCategoryOrNull();
        if (category != null && b.dedicated != null && !b.dedicated.equals(category)) {
            return false;
        }
        Dimensions fit = bounds.mustFitOrNull();
        return fit == null || fit.fitsIn(b.binSize);
    }

    /**
     * Gathers candidates: from every bucket within the bounds (smallest bins first), the bins
     * nearest the counter and (when asked) the farthest, up to {@code perBucket} each.
     *
     * @param bounds the bounds set by the hard rules
     * @param stock the stock
     * @param perBucket how many bins per bucket and ordering
     * @param farthestToo whether to add the farthest bins as well
     * @param sink receives each candidate; may see a bin more than once
     */
    public void gather(SearchBounds bounds, StockIndex stock, int perBucket, boolean farthestToo, Sink sink) {
        for (Bucket b : buckets) {
            if (!bucketAllowed(b, bounds)) {
                continue;
            }
            take(b.byDistance, false, bounds, stock, perBucket, sink);
            if (farthestToo) {
                take(b.byDistance, true, bounds, stock, perBucket, sink);
            }
        }
    }

    /**
     * Every bin within the bounds, for the exhaustive fallback.
     *
     * @param bounds the bounds
     * @param stock the stock
     * @param sink receives each bin once
     */
    public void all(SearchBounds bounds, StockIndex stock, Sink sink) {
        for (Bucket b : buckets) {
            if (!bucketAllowed(b, bounds)) {
                continue;
            }
            for (Level level : b.byDistance) {
                if (loadAllows(level, bounds, stock)) {
                    for (Bin bin : level.bins()) {
                        if (!bounds.emptyOnly() || stock.isEmpty(bin)) {
                            sink.accept(bin);
                        }
                    }
                }
            }
        }
    }

    private static void take(Level[] levels, boolean reverse, SearchBounds bounds, StockIndex stock, int want,
            Sink sink) {
        BitSet occupied = stock.occupied();
        int taken = 0;
        for (int k = 0; k < levels.length && taken < want; k++) {
            Level level = levels[reverse ? levels.length - 1 - k : k];
            if (!loadAllows(level, bounds, stock)) {
                continue;
            }
            List<Bin> bins = level.bins();
            int first = bins.get(0).ordinal();
            int last = first + bins.size() - 1;
            if (!bounds.emptyOnly()) {
                for (int i = 0; i < bins.size() && taken < want; i++) {
                    sink.accept(bins.get(reverse ? bins.size() - 1 - i : i));
                    taken++;
                }
            } else if (!reverse) {
                for (int i = occupied.nextClearBit(first); i <= last && taken < want; i = occupied.nextClearBit(i + 1)) {
                    sink.accept(bins.get(i - first));
                    taken++;
                }
            } else {
                for (int i = occupied.previousClearBit(last); i >= first && taken < want;
                        i = occupied.previousClearBit(i - 1)) {
                    sink.accept(bins.get(i - first));
                    taken++;
                }
            }
        }
    }

    /** Receives candidate bins. */
    @FunctionalInterface
    interface Sink {
        /**
         * @param bin a candidate
         */
        void accept(Bin bin);
    }

    @Override
    public String toString() {
        return "BinIndex(" + buckets.size() + " buckets)";
    }
}
