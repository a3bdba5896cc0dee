package org.aftersales.inventory;

import java.util.List;
import org.aftersales.core.value.Weight;

/** A level of a {@link Rack}. Immutable; identity is its place in one layout. */
public final class Level {

    private final Rack rack;
    private final int number;
    private final int heightMm;
    private final Weight loadLimit;
    private final int ordinal;
    private List<Bin> bins = List.of();

    Level(Rack rack, int number, int heightMm, Weight loadLimit, int ordinal) {
        this.rack = rack;
        this.number = number;
        this.heightMm = heightMm;
        this.loadLimit = loadLimit;
        this.ordinal = ordinal;
    }

    void bins(List<Bin> value) {
        this.bins = List.copyOf(value);
    }

    /** @return the rack it belongs to */
    public Rack rack() {
        return rack;
    }

    /** @return its number, 1 for the lowest */
    public int number() {
        return number;
    }

    /** @return height of its surface above the floor in mm */
    public int heightMm() {
        return heightMm;
    }

    /** @return the most the whole level may carry */
    public Weight loadLimit() {
        return loadLimit;
    }

    /** @return the dense index of this level in its layout, from 0 */
    public int ordinal() {
        return ordinal;
    }

    /** @return its bins in order along the rack */
    public List<Bin> bins() {
        return bins;
    }

    @Override
    public String toString() {
        return rack + "-" + number;
    }
}
