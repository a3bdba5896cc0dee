package org.aftersales.complaints;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.ComplaintNumber;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.EventSink;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.store.StoredEvent;

/**
 * The complaint tracking log (K1, K9), a read model fed by committed complaint events: a
 * complaint is listed as soon as the unit of work that received it commits. It can be dropped
 * and rebuilt from the event log ({@link #rebuild(EventSink)}). {@link ComplaintDesk}
 * subscribes one to its storage. Thread-safe.
 */
public final class TrackingLog implements EventSubscriber {

    /** The subscriber id. */
    public static final String ID = "complaint-tracking-log";

    private final Map<ComplaintNumber, TrackingEntry> entries = new ConcurrentHashMap<>();

    TrackingLog() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void committed(List<StoredEvent> events) {
        for (StoredEvent e : events) {
            take(e.event());
        }
    }

    private void take(DomainEvent event) {
        if (event instanceof ComplaintEvent.Received r) {
            entries.put(r.number(), new TrackingEntry(r.number(), r.metadata().occurredAt(), r.channel(),
                    r.receivedBy(), r.receivedBy(), r.links(), null, r.severity(), null, null, Stage.LISTENING,
                    Status.OPEN, 0, null, null, null, false));
        } else if (event instanceof ComplaintEvent c) {
            entries.computeIfPresent(c.number(), (n, t) -> t.apply(c));
        }
    }

    /**
     * Drops every line and reads the whole event log again from its first position.
     *
     * @param log the storage's event sink
     * @return how many events were read
     */
    public synchronized long rebuild(EventSink log) {
        entries.clear();
        return log.replay(0, batch -> batch.forEach(e -> take(e.event())));
    }

    /** @return every line, by number */
    public List<TrackingEntry> entries() {
        return entries.values().stream().sorted(Comparator.comparing(TrackingEntry::number)).toList();
    }

    /**
     * @param number a complaint
     * @return its line, if listed
     */
    public Optional<TrackingEntry> entry(ComplaintNumber number) {
        return Optional.ofNullable(entries.get(number));
    }

    /**
     * Statistics of the complaints received in {@code [from, to)} (K9). A customer with two or
     * more complaints in the period is a repeat complainer: our default threshold.
     *
     * @param from the first instant
     * @param to the instant after the period
     * @param zone the zone months are counted in (the calendar's)
     * @return the statistics
     */
    public ComplaintStatistics statistics(Instant from, Instant to, ZoneId zone) {
        List<TrackingEntry> in = entries.values().stream()
                .filter(t -> !t.receivedAt().isBefore(from) && t.receivedAt().isBefore(to))
                .sorted(Comparator.comparing(TrackingEntry::number)).toList();
        Map<String, Long> byCategory = count(in, t -> t.category() == null ? "-" : t.category());
        Map<Cause, Long> byCause = new TreeMap<>(in.stream().filter(t -> t.cause() != null)
                .collect(Collectors.groupingBy(TrackingEntry::cause, Collectors.counting())));
        Map<String, Long> byDepartment = count(in, TrackingLog::department);
        Map<YearMonth, Long> byMonth = new TreeMap<>(in.stream().collect(Collectors.groupingBy(
                t -> YearMonth.from(t.receivedAt().atZone(zone)), Collectors.counting())));
        Map<CustomerId, Long> repeat = new TreeMap<>(Comparator.comparing(CustomerId::value));
        in.stream().collect(Collectors.groupingBy(t -> t.links().customer(), Collectors.counting()))
                .forEach((customer, n) -> {
                    if (n >= 2) {
                        repeat.put(customer, n);
                    }
                });
        List<TrackingEntry> closed = in.stream().filter(t -> t.closedAt() != null).toList();
        List<ComplaintNumber> training = new ArrayList<>();
        in.stream().filter(TrackingEntry::keptForTraining).forEach(t -> training.add(t.number()));
        return new ComplaintStatistics(in.size(), byCategory, byCause, byDepartment, byMonth, repeat,
                shares(closed, TrackingEntry::answeredInTime), shares(closed, TrackingEntry::resolvedInTime),
                training);
    }

    private static String department(TrackingEntry t) {
        return t.department() == null ? "-" : t.department().value();
    }

    private static Map<String, Long> count(List<TrackingEntry> in, Function<TrackingEntry, String> key) {
        return new TreeMap<>(in.stream().collect(Collectors.groupingBy(key, Collectors.counting())));
    }

    private static Map<String, ComplaintStatistics.Share> shares(List<TrackingEntry> closed,
            Function<TrackingEntry, Boolean> flag) {
        Map<String, ComplaintStatistics.Share> out = new TreeMap<>();
        Map<String, List<TrackingEntry>> byDept = closed.stream().collect(Collectors.groupingBy(TrackingLog::department));
        byDept.forEach((dept, list) -> out.put(dept, new ComplaintStatistics.Share(
                list.stream().map(flag).filter(Predicate.isEqual(Boolean.TRUE)).count(), list.size())));
        return out;
    }
}
