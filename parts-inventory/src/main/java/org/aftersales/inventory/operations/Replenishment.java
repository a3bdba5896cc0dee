package org.aftersales.inventory.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.value.Money;

/**
 * Replenishment arithmetic (P7), pure: from a part's daily demand, its lead time and its stock
 * position, the safety stock, reorder point, order-up-to level and suggested quantity; and ABC
 * classes by demand value.
 *
 * <p>For a history of {@code n} days with total demand {@code D}, mean daily demand
 * {@code d = D / n} and population standard deviation {@code s} of the daily figures, a lead
 * time of {@code L} days and a review period of {@code R} days:
 * <ul>
 *   <li>safety stock {@code SS = ceil(z * s * sqrt(L))}</li>
 *   <li>reorder point {@code ROP = ceil(D * L / n) + SS} (lead-time demand, then safety)</li>
 *   <li>order-up-to level {@code S = ceil(D * (L + R) / n) + SS}</li>
 *   <li>position = free stock today (on hand - expired - blocked - reserved) + everything due in</li>
 *   <li>suggested quantity = {@code S - position} when position {@code <= ROP}, else 0</li>
 * </ul>
 * Lead-time demand is rounded up in whole pieces with integer arithmetic, so a hand calculation
 * gives the same figure.
 */
public final class Replenishment {

    private Replenishment() {
    }

    /** ABC classes by share of demand value. */
    public enum AbcClass {
        /** The few parts that carry most of the demand value. */
        A,
        /** The middle. */
        B,
        /** The many parts that carry little demand value. */
        C
    }

    /**
     * One part's figures.
     *
     * @param part the part
     * @param days the days of history
     * @param demand the total demand in them
     * @param meanDaily mean daily demand
     * @param deviation population standard deviation of daily demand
     * @param leadTimeDays the lead time
     * @param safetyStock the safety stock
     * @param reorderPoint the reorder point
     * @param orderUpTo the order-up-to level
     * @param position the stock position
     * @param suggested the suggested order quantity, 0 when none is due
     */
    public record Figures(PartNumber part, int days, long demand, double meanDaily, double deviation,
            int leadTimeDays, long safetyStock, long reorderPoint, long orderUpTo, long position, long suggested) {
    }

    /**
     * Works out one part's figures.
     *
     * @param part the part
     * @param daily demand per day, oldest first, at least one day
     * @param leadTimeDays the lead time in days
     * @param position the stock position
     * @param policy the policy
     * @return the figures
     */
    public static Figures figures(PartNumber part, List<Long> daily, int leadTimeDays, long position,
            ReplenishmentPolicy policy) {
        Objects.requireNonNull(part, "part");
        if (daily.isEmpty()) {
            throw new IllegalArgumentException("a demand history needs at least one day");
        }
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("lead time must not be negative: " + leadTimeDays);
        }
        int n = daily.size();
        long total = daily.stream().mapToLong(Long::longValue).sum();
        double mean = (double) total / n;
        double squares = 0;
        for (long x : daily) {
            squares += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(squares / n);
        long safety = (long) Math.ceil(policy.serviceLevelZ() * sd * Math.sqrt(leadTimeDays) - 1e-9);
        long rop = ceilDiv(total * leadTimeDays, n) + safety;
        long upTo = ceilDiv(total * (leadTimeDays + policy.reviewDays()), n) + safety;
        long suggested = position <= rop ? Math.max(0, upTo - position) : 0;
        return new Figures(part, n, total, mean, sd, leadTimeDays, safety, rop, upTo, position, suggested);
    }

    /**
     * ABC classes by demand value (demand times unit price), highest first: a part is A while
     * the share of value before it is below {@link ReplenishmentPolicy#classA()}, B while below
     * {@link ReplenishmentPolicy#classB()}, else C. Parts without a price count at zero value.
     *
     * @param demand total demand per part
     * @param prices unit prices; a missing price counts as zero
     * @param policy the cut-offs
     * @return each part's class
     */
    public static Map<PartNumber, AbcClass> abc(Map<PartNumber, Long> demand, Map<PartNumber, Money> prices,
            ReplenishmentPolicy policy) {
        Map<PartNumber, Double> value = new HashMap<>();
        demand.forEach((p, q) -> value.put(p, q * (prices.containsKey(p) ? prices.get(p).amount().doubleValue() : 0)));
        double total = value.values().stream().mapToDouble(Double::doubleValue).sum();
        List<PartNumber> order = new ArrayList<>(value.keySet());
        order.sort(Comparator.comparing((PartNumber p) -> value.get(p)).reversed().thenComparing(p -> p));
        Map<PartNumber, AbcClass> out = new HashMap<>();
        double before = 0;
        for (PartNumber p : order) {
            double share = total == 0 ? 1 : before / total;
            out.put(p, share < policy.classA() ? AbcClass.A : share < policy.classB() ? AbcClass.B : AbcClass.C);
            before += value.get(p);
        }
        return out;
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
