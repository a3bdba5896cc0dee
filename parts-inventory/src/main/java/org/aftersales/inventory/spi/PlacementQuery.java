package org.aftersales.inventory.spi;

import java.util.function.Function;
import org.aftersales.inventory.Layout;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PlacementSettings;

/**
 * One placement question as a rule sees it: this many pieces of this part, into this layout
 * with this stock, under these settings. For an audit the quantity is 0: the part's present
 * stock is judged where it lies.
 */
public interface PlacementQuery {

    /** @return the part to place */
    Part part();

    /** @return how many pieces arrive (0 when auditing stock already in place) */
    long quantity();

    /** @return the thresholds of the dealership */
    PlacementSettings settings();

    /** @return the layout */
    Layout layout();

    /** @return the present stock */
    StockView stock();

    /**
     * Computes a value once per query and keeps it for the other bins of the same query, so a
     * rule can prepare per-part data before it is evaluated on many bins.
     *
     * @param key a key private to the rule, such as the rule class
     * @param compute computes the value
     * @param <T> the value type
     * @return the value
     */
    <T> T memo(Object key, Function<? super PlacementQuery, T> compute);
}
