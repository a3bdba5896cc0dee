package org.aftersales.inventory;

import java.util.List;
import java.util.Optional;

/** A rack of a {@link Layout}. Immutable; identity is its place in one layout. */
public final class Rack {

    private final Zone zone;
    private final int number;
    private final RackKind kind;
    private final String dedicatedTo;
    private final double offsetM;
    private List<Level> levels = List.of();

    Rack(Zone zone, int number, RackKind kind, String dedicatedTo, double offsetM) {
        this.zone = zone;
        this.number = number;
        this.kind = kind;
        this.dedicatedTo = dedicatedTo;
        this.offsetM = offsetM;
    }

    void levels(List<Level> value) {
        this.levels = List.copyOf(value);
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
        return zone.code() + "-" + String.format(java.util.Locale.ROOT, "%02d", number);
    }
}
