package org.aftersales.core.value;


/**
 * An odometer reading in whole kilometres (C2): from 0 to {@value #MAX_KM}.
 *
 * @param km kilometres
 */
public record Mileage(long km) implements Comparable<Mileage> {

    /** Highest reading accepted. */
    public static final long MAX_KM = 3_000_000;

    /** Checks the range. */
    public Mileage {
        if (km < 0 || km > MAX_KM) {
            ValueMessages.violations().add("km", "mileage.range", km, MAX_KM).throwIfPresent();
        }
    }

    /**
     * A reading in kilometres.
     *
     * @param km kilometres
     * @return the reading
     */
    public static Mileage ofKm(long km) {
        return new Mileage(km);
    }

    /**
     * Kilometres driven since an earlier reading.
     *
     * @param earlier the earlier reading
     * @return the distance, never negative
     */
    public long since(Mileage earlier) {
        return Math.max(0, km - earlier.km);
    }

    @Override
    public int compareTo(Mileage other) {
        return Long.compare(km, other.km);
    }

    @Override
    public String toString() {
        return km + " km";
    }
}
