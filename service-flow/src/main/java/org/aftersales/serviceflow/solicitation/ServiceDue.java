package org.aftersales.serviceflow.solicitation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.serviceflow.LoggedReadModel;
import org.aftersales.serviceflow.ServiceEvent;
import org.aftersales.serviceflow.ServiceEvents;

/**
 * When each car is next due for service (F12, F14), a read model fed by the
 * {@code repair-order.delivered} events of the service desk: the last and the previous visit
 * (day and reading) and the next service by date and by mileage given at the last delivery.
 * {@link Solicitation} subscribes one to its storage; it can be dropped and rebuilt from the
 * event log ({@link #rebuild(org.aftersales.core.store.EventSink)}). Thread-safe.
 */
public final class ServiceDue extends LoggedReadModel {

    /** The subscriber id. */
    public static final String ID = "solicitation-service-due";

    private final ZoneId zone;
    private final Map<VehicleId, Car> cars = new ConcurrentHashMap<>();

    /**
     * One car as the last delivery left it.
     *
     * @param vehicle the car
     * @param customer its owner
     * @param plate its plate
     * @param lastVisit the day of the last delivery
     * @param lastKm the reading at that visit
     * @param previousVisit the day of the delivery before; null when none
     * @param previousKm the reading then; null when none
     * @param nextDate the next service by date
     * @param nextKm the next service by mileage; null when not given
     * @param lastOrder the repair order delivered last
     */
    public record Car(VehicleId vehicle, CustomerId customer, String plate, LocalDate lastVisit, long lastKm,
            LocalDate previousVisit, Long previousKm, LocalDate nextDate, Long nextKm, String lastOrder) {
    }

    ServiceDue(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void take(DomainEvent event) {
        if (!(event instanceof ServiceEvent e) || !ServiceEvents.DELIVERED.equals(e.type())
                || !e.details().containsKey("vehicle") || "-".equals(e.details().get("mileage-km"))
                || "null".equals(e.details().get("next-service-date"))) {
            return;
        }
        Map<String, String> d = e.details();
        VehicleId vehicle = VehicleId.of(d.get("vehicle"));
        LocalDate day = e.metadata().occurredAt().atZone(zone).toLocalDate();
        long km = Long.parseLong(d.get("mileage-km"));
        Long nextKm = "-".equals(d.get("next-service-km")) ? null : Long.valueOf(d.get("next-service-km"));
        cars.compute(vehicle, (id, before) -> {
            // the same order delivered again after rework, or a second order the same day, is no
            // new visit to measure driving from: the visit before stays the previous one
            boolean again = before != null && (before.lastOrder().equals(e.subject())
                    || !day.isAfter(before.lastVisit()));
            LocalDate previousDay = before == null ? null : again ? before.previousVisit() : before.lastVisit();
            Long previousKm = before == null ? null : again ? before.previousKm() : Long.valueOf(before.lastKm());
            return new Car(id, CustomerId.of(d.get("customer")), d.get("plate"), day, km, previousDay, previousKm,
                    LocalDate.parse(d.get("next-service-date")), nextKm, e.subject());
        });
    }

    @Override
    protected void clear() {
        cars.clear();
    }

    /** @return every car known, by id */
    public List<Car> cars() {
        return cars.values().stream().sorted(Comparator.comparing(Car::vehicle)).toList();
    }
}
