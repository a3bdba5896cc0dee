package org.aftersales.inventory.spi;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.core.value.Dimensions;
import org.aftersales.inventory.Bin;
import org.aftersales.inventory.RackKind;

/**
 * Limits on where a placement may look, set by hard rules before any bin is scored, so the
 * candidates come from the layout's indexes (by rack kind, level height, dedicated category,
 * free space and level load) instead of from every bin. Bounds only ever narrow.
 *
 * <p>Contract for {@link PlacementRule#narrow}: a rule may only exclude bins it would refuse
 * itself; the engine still evaluates every rule on every candidate. Not thread-safe; one per
 * query.
 */
public final class SearchBounds {

    private final EnumSet<RackKind> kinds = EnumSet.allOf(RackKind.class);
    private int maxLevelHeightMm = Integer.MAX_VALUE;
    private boolean emptyOnly;
    private Bin onlyBin;
    private boolean nothing;
    private String dedicatedCategory;
    private boolean dedicatedRestricted;
    private Dimensions mustFit;
    private long minVolumeMm3;
    private long minLevelFreeLoadGrams;

    /** Creates bounds that allow every bin. */
    public SearchBounds() {
    }

    /**
     * Keeps only bins in racks of the given kinds.
     *
     * @param allowed the kinds allowed
     * @return these bounds
     */
    public SearchBounds onlyKinds(Set<RackKind> allowed) {
        kinds.retainAll(allowed);
        return this;
    }

    /**
     * Keeps only levels at most this high above the floor.
     *
     * @param mm the height limit
     * @return these bounds
     */
    public SearchBounds maxLevelHeightMm(int mm) {
        maxLevelHeightMm = Math.min(maxLevelHeightMm, mm);
        return this;
    }

    /**
     * Keeps only bins holding nothing.
     *
     * @return these bounds
     */
    public SearchBounds emptyBinsOnly() {
        emptyOnly = true;
        return this;
    }

    /**
     * Keeps only one bin (a part's home bin).
     *
     * @param bin the bin
     * @return these bounds
     */
    public SearchBounds onlyBin(Bin bin) {
        if (onlyBin != null && onlyBin != bin) {
            nothing = true;
        }
        onlyBin = bin;
        return this;
    }

    /**
     * Allows no bin at all.
     *
     * @return these bounds
     */
    public SearchBounds none() {
        nothing = true;
        return this;
    }

    /**
     * Keeps only racks that are not dedicated, or dedicated to this category.
     *
     * @param category the category of the part
     * @return these bounds
     */
    public SearchBounds dedicatedRacksOnlyFor(String category) {
        if (dedicatedRestricted && !category.equals(dedicatedCategory)) {
            nothing = true;
        }
        dedicatedRestricted = true;
        dedicatedCategory = category;
        return this;
    }

    /**
     * Keeps only bins the shape fits in and whose volume is at least the given one.
     *
     * @param shape the outer size of one piece
     * @param volumeMm3 the volume needed
     * @return these bounds
     */
    public SearchBounds mustHold(Dimensions shape, long volumeMm3) {
        mustFit = shape;
        minVolumeMm3 = Math.max(minVolumeMm3, volumeMm3);
        return this;
    }

    /**
     * Keeps only levels that can still carry the given weight.
     *
     * @param grams the weight to add
     * @return these bounds
     */
    public SearchBounds levelMustCarry(long grams) {
        minLevelFreeLoadGrams = Math.max(minLevelFreeLoadGrams, grams);
        return this;
    }

    /** @return the rack kinds still allowed */
    public Set<RackKind> kinds() {
        return kinds;
    }

    /** @return the highest level allowed, in mm */
    public int maxLevelHeightMm() {
        return maxLevelHeightMm;
    }

    /** @return true when only empty bins are allowed */
    public boolean emptyOnly() {
        return emptyOnly;
    }

    /** @return the only bin allowed, or null */
    public Bin onlyBinOrNull() {
        return onlyBin;
    }

    /** @return true when no bin at all is allowed */
    public boolean isNothing() {
        return nothing || kinds.isEmpty();
    }

    /** @return the category dedicated racks must be for, or null when unrestricted */
    public String dedicatedCategoryOrNull() {
        return dedicatedRestricted ? dedicatedCategory : null;
    }

    /** @return the shape that must fit, or null */
    public Dimensions mustFitOrNull() {
        return mustFit;
    }

    /** @return the least bin volume, in cubic mm */
    public long minVolumeMm3() {
        return minVolumeMm3;
    }

    /** @return the least free load a level must have, in grams */
    public long minLevelFreeLoadGrams() {
        return minLevelFreeLoadGrams;
    }
}
