package org.aftersales.inventory.operations;

/**
 * The settings of replenishment (P7). The seeds ask that common parts stay stocked and that the
 * ledger be the basis of orders to the maker, but name no service level and no ABC cut-offs;
 * every value here is our default, changed by making another policy
 * ({@code new ReplenishmentPolicy(2.05, 14, 0.7, 0.9)}) and passing it to
 * {@link PartsWarehouse#suggestPurchaseOrder}.
 *
 * @param serviceLevelZ the safety factor: how many standard deviations of lead-time demand the
 *     safety stock covers; 1.65 by default (about a 95% chance of not running out in a cycle;
 *     2.05 is about 98%, 1.28 about 90%)
 * @param reviewDays the days between orders to the maker; 7 by default (a weekly order)
 * @param classA class A takes the parts that make up the first share of demand value; 0.80 by default
 * @param classB class B takes the parts up to this share; 0.95 by default, the rest are C
 */
public record ReplenishmentPolicy(double serviceLevelZ, int reviewDays, double classA, double classB) {

    /** Checks the ranges. */
    public ReplenishmentPolicy {
        if (serviceLevelZ < 0 || serviceLevelZ > 4) {
            throw new IllegalArgumentException("service level factor must be 0 to 4, not " + serviceLevelZ);
        }
        if (reviewDays < 0) {
            throw new IllegalArgumentException("review days must not be negative: " + reviewDays);
        }
        if (!(classA > 0 && classA <= classB && classB <= 1)) {
            throw new IllegalArgumentException("ABC shares must satisfy 0 < A <= B <= 1, not " + classA + ", " + classB);
        }
    }

    /** @return our defaults: z = 1.65, weekly review, A to 80%, B to 95% */
    public static ReplenishmentPolicy defaults() {
        return new ReplenishmentPolicy(1.65, 7, 0.80, 0.95);
    }
}
