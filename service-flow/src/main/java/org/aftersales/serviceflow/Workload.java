package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.store.Aggregate;

/**
 * The hours booked on one team's (or bay's) day (F2 levelling, F6 capacity): appointments and
 * dispatched repair orders, each with its hours. Stored like any aggregate, so two bookings of
 * the last free hours at once cannot both win (the second gets a stale-version refusal).
 *
 * @param id the team and day
 * @param booked hours per document (appointment or repair order number)
 */
public record Workload(WorkloadId id, Map<String, BigDecimal> booked) implements Aggregate<WorkloadId> {

    /** Copies the bookings, keeping their order. */
    public Workload {
        Objects.requireNonNull(id, "id");
        booked = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(booked));
    }

    /** @return the hours booked */
    public BigDecimal total() {
        return booked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Whether more hours fit under a limit.
     *
     * @param hours the hours asked for
     * @param limit the usable hours of the day
     * @return true when they fit
     */
    public boolean fits(BigDecimal hours, BigDecimal limit) {
        return total().add(hours).compareTo(limit) <= 0;
    }

    Workload with(String document, BigDecimal hours) {
        Map<String, BigDecimal> more = new LinkedHashMap<>(booked);
        more.merge(document, hours, BigDecimal::add);
        return new Workload(id, more);
    }

    Workload without(String document) {
        Map<String, BigDecimal> less = new LinkedHashMap<>(booked);
        less.remove(document);
        return new Workload(id, less);
    }
}
