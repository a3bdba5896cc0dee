package org.aftersales.core.value;

import java.util.Arrays;
import org.aftersales.core.error.Violations;
import org.aftersales.core.internal.Checks;

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
        Violations v = Checks.violations();
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
        int[] s = {lengthMm, widthMm, heightMm};
        Arrays.sort(s);
        return new int[] {s[2], s[1], s[0]};
    }

    /** @return the longest side in mm */
    public int longestMm() {
        return sortedSides()[0];
    }

    /**
     * How slender the shape is: the longest side over the second longest. A muffler or an
     * exhaust pipe scores high, a box close to 1.
     *
     * @return the ratio, at least 1
     */
    public double slenderness() {
        int[] s = sortedSides();
        return (double) s[0] / s[1];
    }

    /**
     * Whether this shape fits inside a space, turned in any of its orientations.
     *
     * @param space the inner size of the space
     * @return true when each side fits, longest against longest
     */
    public boolean fitsIn(Dimensions space) {
        int[] a = sortedSides();
        int[] b = space.sortedSides();
        return a[0] <= b[0] && a[1] <= b[1] && a[2] <= b[2];
    }

    @Override
    public String toString() {
        return lengthMm + "x" + widthMm + "x" + heightMm + " mm";
    }
}
