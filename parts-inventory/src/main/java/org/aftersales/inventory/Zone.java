package org.aftersales.inventory;

import java.util.List;

/** A zone of a {@link Layout}. Immutable; identity is its place in one layout. */
public final class Zone {

    private final String code;
    private final String name;
    private final double distanceToCounterM;
    private final int ordinal;
    private List<Rack> racks = List.of();

    Zone(String code, String name, double distanceToCounterM, int ordinal) {
        this.code = code;
        this.name = name;
        this.distanceToCounterM = distanceToCounterM;
        this.ordinal = ordinal;
    }

    void racks(List<Rack> value) {
        this.racks = List.copyOf(value);
    }

    /** @return the zone code */
    public String code() {
        return code;
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /** @return walking distance from the counter to the zone entrance in metres */
    public double distanceToCounterM() {
        return distanceToCounterM;
    }

    /** @return the dense index of this zone in its layout, from 0 */
    public int ordinal() {
        return ordinal;
    }

    /** @return the racks of the zone */
    public List<Rack> racks() {
        return racks;
    }

    @Override
    public String toString() {
        return code;
    }
}
