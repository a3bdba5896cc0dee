package org.aftersales.core.value;

import java.math.BigDecimal;

/**
 * A weight in whole grams (C2), from 0 to {@value #MAX_GRAMS} g (50 t).
 *
 * @param grams the weight in grams
 */
public record Weight(long grams) implements Comparable<Weight> {

    /** Heaviest weight accepted. */
    public static final long MAX_GRAMS = 50_000_000L;

    /** Checks the range. */
    public Weight {
        if (grams < 0 || grams > MAX_GRAMS) {
            ValueMessages.violations().add("grams", "weight.range", grams, MAX_GRAMS).throwIfPresent();
        }
    }

    /**
     * A weight in grams.
     *
     * @param grams grams
     * @return the weight
     */
    public static Weight ofGrams(long grams) {
        return new Weight(grams);
    }

    /**
     * A weight in kilograms written as decimal text, such as {@code "12.5"}; exact to the gram.
     *
     * @param kg kilograms
     * @return the weight
     */
    public static Weight ofKg(String kg) {
        BigDecimal grams;
        try {
            grams = new BigDecimal(InputText.decimal(ValueMessages.required(kg, "grams"))).movePointRight(3);
        } catch (NumberFormatException e) {
            ValueMessages.violations().add("grams", "weight.format", kg).throwIfPresent();
            throw e;
        }
        if (grams.stripTrailingZeros().scale() > 0) {
            ValueMessages.violations().add("grams", "weight.format", kg).throwIfPresent();
        }
        return new Weight(grams.longValueExact());
    }

    /**
     * The weight of several of these.
     *
     * @param count how many
     * @return the total weight
     */
    public Weight times(long count) {
        return new Weight(Math.multiplyExact(grams, count));
    }

    /**
     * The sum of two weights.
     *
     * @param other another weight
     * @return the sum
     */
    public Weight plus(Weight other) {
        return new Weight(grams + other.grams);
    }

    /** @return the weight in kilograms */
    public double kg() {
        return grams / 1000.0;
    }

    @Override
    public int compareTo(Weight other) {
        return Long.compare(grams, other.grams);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString() + " kg";
    }
}
