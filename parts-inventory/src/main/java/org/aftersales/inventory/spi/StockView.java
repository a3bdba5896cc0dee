package org.aftersales.inventory.spi;

import java.util.Collection;
import java.util.List;
import org.aftersales.core.id.PartNumber;
import org.aftersales.inventory.Bin;
import org.aftersales.inventory.Level;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PartMaster;

/**
 * What a placement rule may read about the stock of the warehouse: a read-only, indexed view.
 * Every lookup is constant time or proportional to a small result, so rules can be
 * evaluated on many candidate bins. Not to be kept beyond the call it was passed to.
 */
public interface StockView {

    /** @return the part master the stock refers to */
    PartMaster parts();

    /**
     * @param bin a bin of the layout
     * @return the parts stored in the bin; more than one only when the stock already breaks
     *     the one-part-one-bin rule
     */
    List<Part> occupants(Bin bin);

    /**
     * @param bin a bin of the layout
     * @return true when nothing is stored in the bin
     */
    boolean isEmpty(Bin bin);

    /**
     * @param bin a bin
     * @param part a part number
     * @return how many pieces of the part lie in the bin
     */
    long quantity(Bin bin, PartNumber part);

    /**
     * @param part a part number
     * @return the bins holding the part: one (its home) in a well-kept warehouse
     */
    List<Bin> binsOf(PartNumber part);

    /**
     * @param level a level
     * @return the weight of everything stored on the level, in grams
     */
    long levelLoadGrams(Level level);

    /**
     * The bins holding parts of a group, in the order they were filled.
     *
     * @param group a group
     * @return the bins; empty when none
     */
    Collection<Bin> binsHolding(StockGroup group);

    /**
     * How far a bin is from a group of stored parts: the walking distance to the middle of
     * the group's bins in the bin's own zone, or through the counter end to the nearest
     * other zone holding the group.
     *
     * @param group a group
     * @param from the bin
     * @param excluding a part whose own stock is left out (the part being placed or audited)
     * @return metres, or {@link Double#POSITIVE_INFINITY} when no other part of the group is
     *     stored
     */
    double distanceToGroupM(StockGroup group, Bin from, PartNumber excluding);
}
