package org.aftersales.serviceflow;

/**
 * The scale a follow-up call rates the customer's satisfaction on (F13), and the threshold
 * below which the customer counts as unhappy and a return visit must be booked at once.
 *
 * <p>Our default ({@link #DEFAULT}): 1 (very unhappy) to 5 (very happy), unhappy below 3, so a
 * 1 or a 2 books a re-inspection or rework; the sources give no scale. Change it with
 * {@code ServiceDesk.Builder#satisfactionScale}.
 *
 * @param lowest the lowest score
 * @param highest the highest score, above the lowest
 * @param unhappyBelow a score below this is unhappy; within (lowest, highest]
 */
public record SatisfactionScale(int lowest, int highest, int unhappyBelow) {

    /** 1 to 5, unhappy below 3: our default. */
    public static final SatisfactionScale DEFAULT = new SatisfactionScale(1, 5, 3);

    /** Checks the bounds. */
    public SatisfactionScale {
        if (highest <= lowest || unhappyBelow <= lowest || unhappyBelow > highest) {
            throw new IllegalArgumentException("a satisfaction scale needs lowest < unhappyBelow <= highest: "
                    + lowest + ", " + unhappyBelow + ", " + highest);
        }
    }

    /**
     * @param score a score
     * @return true when it lies on the scale
     */
    public boolean contains(int score) {
        return score >= lowest && score <= highest;
    }

    /**
     * @param score a score on the scale
     * @return true when it is below the threshold
     */
    public boolean unhappy(int score) {
        return score < unhappyBelow;
    }
}
