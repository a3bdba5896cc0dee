package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.value.Weight;

/**
 * A level of a {@link Rack}. Immutable: built whole, with its row of bins, when its rack is
 * built; identity is its place in one layout.
 */
public final class Level {

    private final Rack rack;
    private final int number;
    private final int heightMm;
    private final Weight loadLimit;
    private final int ordinal;
    private final List<Bin> bins;

    /**
     * Builds a level of a checked document with its bins, coded zone-rack-level-position
     * ({@code A-03-2-05}) and laid end to end along the rack.
     */
    Level(Rack rack, LayoutSpec.LevelSpec spec, Layout.Assembly parts) {
        this.rack = rack;
        this.number = spec.number();
        this.heightMm = spec.heightMm();
        this.loadLimit = Weight.ofGrams(spec.loadLimitKg() * 1000L);
        this.ordinal = parts.levels.size();
        parts.levels.add(this);
        List<Bin> row = new ArrayList<>(spec.bins());
        double width = spec.binSize().lengthMm() / 1000.0;
        for (int p = 1; p <= spec.bins(); p++) {
            BinCode code = BinCode.of(String.format(Locale.ROOT, "%s-%02d-%d-%02d", rack.zone().code(), rack.number(),
                    number, p));
            Bin bin = new Bin(code, this, p, spec.binSize(), parts.bins.size(), (p - 1) * width, p * width);
            parts.bins.add(bin);
            parts.byCode.put(code, bin);
            row.add(bin);
        }
        this.bins = List.copyOf(row);
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
