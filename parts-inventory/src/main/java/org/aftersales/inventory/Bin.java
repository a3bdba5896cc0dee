package org.aftersales.inventory;

import org.aftersales.core.id.BinCode;
import org.aftersales.core.value.Dimensions;

/**
 * A storage bin of a {@link Layout} (P2), addressed by a location code such as
 * {@code A-03-2-05} (zone, rack, level, position). Immutable; bins are the nodes of the
 * layout's neighbour graph and compare by identity, which is unique within one layout.
 */
public final class Bin {

    private final BinCode code;
    private final Level level;
    private final int position;
    private final Dimensions size;
    private final int ordinal;
    private final double alongStartM;
    private final double alongEndM;

    Bin(BinCode code, Level level, int position, Dimensions size, int ordinal, double alongStartM, double alongEndM) {
        this.code = code;
        this.level = level;
        this.position = position;
        this.size = size;
        this.ordinal = ordinal;
        this.alongStartM = alongStartM;
        this.alongEndM = alongEndM;
    }

    /** @return the location code */
    public BinCode code() {
        return code;
    }

    /** @return the level the bin is on */
    public Level level() {
        return level;
    }

    /** @return the rack the bin is in */
    public Rack rack() {
        return level.rack();
    }

    /** @return the zone the bin is in */
    public Zone zone() {
        return level.rack().zone();
    }

    /** @return the kind of rack the bin is in */
    public RackKind kind() {
        return level.rack().kind();
    }

    /** @return its position along the level, from 1 */
    public int position() {
        return position;
    }

    /** @return the inner size: length along the rack, depth, clear height */
    public Dimensions size() {
        return size;
    }

    /** @return the inner volume in cubic millimetres */
    public long volumeMm3() {
        return size.volumeMm3();
    }

    /** @return the dense index of this bin in its layout, from 0 */
    public int ordinal() {
        return ordinal;
    }

    /** @return where the bin starts along its rack, in metres from the rack's start */
    public double alongStartM() {
        return alongStartM;
    }

    /** @return where the bin ends along its rack, in metres */
    public double alongEndM() {
        return alongEndM;
    }

    /** @return the middle of the bin along its rack, in metres */
    public double alongM() {
        return (alongStartM + alongEndM) / 2;
    }

    /** @return walking distance from the parts counter in metres */
    public double distanceToCounterM() {
        return zone().distanceToCounterM() + rack().offsetM() + alongM();
    }

    @Override
    public String toString() {
        return code.value();
    }
}
