package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rack of a {@link Layout}. Immutable: built whole, with its levels, when its zone is
 * built; identity is its place in one layout.
 */
public final class Rack {

    private final Zone zone;
    private final int number;
    private final RackKind kind;
    private final String dedicatedTo;
    private final double offsetM;
    private final List<Level> levels;

    /**
     * Builds a rack of a checked document with its levels and bins. A rack without an offset
     * stands {@link Layout#DEFAULT_RACK_SPACING_M} further in than the rack numbered before it.
     */
    Rack(Zone zone, LayoutSpec.RackSpec spec, Layout.Assembly parts) {
        this.zone = zone;
        this.number = spec.number();
        this.kind = spec.kind();
        this.dedicatedTo = spec.dedicatedTo() == null || spec.dedicatedTo().isBlank() ? null : spec.dedicatedTo().strip();
        this.offsetM = spec.offsetM() == null ? (number - 1) * Layout.DEFAULT_RACK_SPACING_M : spec.offsetM();
        if (spec.facing() != null) {
            parts.facing.put(this, spec.facing());
        }
        List<Level> built = new ArrayList<>(spec.levels().size());
        for (LayoutSpec.LevelSpec ls : spec.levels()) {
            built.add(new Level(this, ls, parts));
        }
        built.sort(Comparator.comparingInt(Level::number));
        this.levels = List.copyOf(built);
    }

    /** @return the zone it stands in */
    public Zone zone() {
        return zone;
    }

    /** @return its number in the zone */
    public int number() {
        return number;
    }

    /** @return the kind of furniture */
    public RackKind kind() {
        return kind;
    }

    /** @return the only category it takes, if it is dedicated */
    public Optional<String> dedicatedTo() {
        return Optional.ofNullable(dedicatedTo);
    }

    /** @return the dedicated category, or null */
    public String dedicatedToOrNull() {
        return dedicatedTo;
    }

    /** @return walking distance from the zone entrance in metres */
    public double offsetM() {
        return offsetM;
    }

    /** @return its levels from the floor up */
    public List<Level> levels() {
        return levels;
    }

    @Override
    public String toString() {
        return zone.code() + "-" + String.format(Locale.ROOT, "%02d", number);
    }
}
