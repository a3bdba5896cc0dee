package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * A zone of a {@link Layout}. Immutable: built whole, with its racks, when the layout is
 * built; identity is its place in one layout.
 */
public final class Zone {

    private final String code;
    private final String name;
    private final double distanceToCounterM;
    private final int ordinal;
    private final List<Rack> racks;

    /** Builds the zone of a checked document with its racks, levels and bins. */
    Zone(LayoutSpec.ZoneSpec spec, int ordinal, Layout.Assembly parts) {
        this.code = spec.code().strip();
        this.name = spec.name() == null ? code : spec.name();
        this.distanceToCounterM = spec.distanceToCounterM();
        this.ordinal = ordinal;
        List<Rack> built = new ArrayList<>(spec.racks().size());
        for (LayoutSpec.RackSpec rs : spec.racks()) {
            built.add(new Rack(this, rs, parts));
        }
        this.racks = List.copyOf(built);
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
