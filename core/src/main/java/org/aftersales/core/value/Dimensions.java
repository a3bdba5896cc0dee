package org.aftersales.core.value;

import org.aftersales.core.error.Violations;

/**
 * Outer size of a part, a package or a bin in whole millimetres (C2). Each side is from 1 to
 * {@value #MAX_MM} mm.
 *
 * @param lengthMm length in mm
 * @param widthMm width in mm
 * @param heightMm height in mm
 */
public record Dimensions(int lengthMm, int widthMm, int heightMm) {

    /** Longest side accepted: 20 m. */
    public static final int MAX_MM = 20_000;

    /** Checks each side. */
    public Dimensions {
        Violations v = ValueMessages.violations();
        side(v, "lengthMm", lengthMm);
        side(v, "widthMm", widthMm);
        side(v, "heightMm", heightMm);
        v.throwIfPresent();
    }

    private static void side(Violations v, String path, int mm) {
        if (mm < 1 || mm > MAX_MM) {
            v.add(path, "dimensions.side", mm, MAX_MM);
        }
    }

    /**
     * Dimensions from three sides in mm.
     *
     * @param length length
     * @param width width
     * @param height height
     * @return the dimensions
     */
    public static Dimensions ofMm(int length, int width, int height) {
        return new Dimensions(length, width, height);
    }

    /** @return the volume in cubic millimetres */
    public long volumeMm3() {
        return (long) lengthMm * widthMm * heightMm;
    }

    /** @return the sides sorted from longest to shortest */
    public int[] sortedSides() {
        return new int[] {longestMm(), middleMm(), shortestMm()};
    }

    /** @return the longest side in mm */
    public int longestMm() {
        return Math.max(lengthMm, Math.max(widthMm, heightMm));
    }

    /** @return the side between the longest and the shortest, in mm */
    public int middleMm() {
        return lengthMm + widthMm + heightMm - longestMm() - shortestMm();
    }

    /** @return the shortest side in mm */
    public int shortestMm() {
        return Math.min(lengthMm, Math.min(widthMm, heightMm));
    }

    /**
     * How slender the shape is: the longest side over the second longest. A muffler or an
     * exhaust pipe scores high, a box close to 1.
     *
     * @return the ratio, at least 1
     */
    public double slenderness() {
        return (double) longestMm() / middleMm();
    }

    /**
     * Whether this shape fits inside a space, turned in any of its orientations. Allocates
     * nothing, so placement can ask it of many bins.
     *
     * @param space the inner size of the space
     * @return true when each side fits, longest against longest
     */
    public boolean fitsIn(Dimensions space) {
        return longestMm() <= space.longestMm() && middleMm() <= space.middleMm()
                && shortestMm() <= space.shortestMm();
    }

    @Override
    public String toString() {
        return lengthMm + "x" + widthMm + "x" + heightMm + " mm";
    }
}
