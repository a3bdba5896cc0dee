package org.aftersales.serviceflow;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftersales.core.event.DomainEvent;

/**
 * The statistics of follow-up remarks (F13), a read model fed by committed service events
 * ({@code repair-order.followed-up}, {@code repair-order.follow-up-unreached},
 * {@code repair-order.marked-for-training}): it can be dropped and rebuilt from the event log
 * ({@link #rebuild(org.aftersales.core.store.EventSink)}) and then equals the live one. Register it with the storage:
 *
 * <pre>{@code
 * FollowUpStatistics stats = new FollowUpStatistics(calendar.zone());
 * storage.events().subscribe(stats);            // or Storage.builder().subscriber(stats)
 * RemarkStatistics december = stats.remarks(from, to);
 * }</pre>
 *
 * Thread-safe.
 */
public final class FollowUpStatistics extends LoggedReadModel {

    /** The subscriber id. */
    public static final String ID = "follow-up-statistics";

    private final ZoneId zone;
    private final List<RemarkStatistics.Call> calls = new ArrayList<>();
    private final List<Instant> unreached = new ArrayList<>();
    private final Map<String, String> training = new TreeMap<>();

    /**
     * @param zone the zone months are counted in (the calendar's)
     */
    public FollowUpStatistics(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected void take(DomainEvent event) {
        if (!(event instanceof ServiceEvent e)) {
            return;
        }
        Instant at = e.metadata().occurredAt();
        switch (e.type()) {
            case ServiceEvents.FOLLOWED_UP -> {
                if (e.details().containsKey("satisfaction")) {
                    String tags = e.details().getOrDefault("tags", "");
                    calls.add(new RemarkStatistics.Call(e.subject(), e.details().get("advisor"), at,
                            YearMonth.from(at.atZone(zone)), Integer.parseInt(e.details().get("satisfaction")),
                            Boolean.parseBoolean(e.details().get("unhappy")),
                            tags.isEmpty() ? List.of() : List.of(tags.split(","))));
                }
            }
            case ServiceEvents.FOLLOW_UP_UNREACHED -> unreached.add(at);
            case ServiceEvents.MARKED_FOR_TRAINING -> training.put(e.subject(), e.details().get("lesson"));
            default -> {
                // not a follow-up event
            }
        }
    }

    @Override
    protected void clear() {
        calls.clear();
        unreached.clear();
        training.clear();
    }

    /**
     * The statistics of the calls made in {@code [from, to)}: remarks counted by tag, by advisor
     * and tag, and by month and tag; scores; unhappy customers; calls that did not reach the
     * customer; the cases kept for training among the orders called.
     *
     * @param from the first instant
     * @param to the instant after the period
     * @return the statistics
     */
    public synchronized RemarkStatistics remarks(Instant from, Instant to) {
        List<RemarkStatistics.Call> in = calls.stream()
                .filter(c -> !c.at().isBefore(from) && c.at().isBefore(to)).toList();
        Map<String, Long> byTag = new TreeMap<>();
        Map<String, Map<String, Long>> byAdvisor = new TreeMap<>();
        Map<YearMonth, Map<String, Long>> byMonth = new TreeMap<>();
        Map<Integer, Long> scores = new TreeMap<>();
        Map<String, String> kept = new TreeMap<>();
        for (RemarkStatistics.Call c : in) {
            scores.merge(c.satisfaction(), 1L, Long::sum);
            for (String tag : c.tags()) {
                byTag.merge(tag, 1L, Long::sum);
                byAdvisor.computeIfAbsent(c.advisor(), k -> new TreeMap<>()).merge(tag, 1L, Long::sum);
                byMonth.computeIfAbsent(c.month(), k -> new TreeMap<>()).merge(tag, 1L, Long::sum);
            }
            if (training.containsKey(c.order())) {
                kept.put(c.order(), training.get(c.order()));
            }
        }
        long missed = unreached.stream().filter(at -> !at.isBefore(from) && at.isBefore(to)).count();
        return new RemarkStatistics(in.size(), missed, in.stream().filter(RemarkStatistics.Call::unhappy).count(),
                scores, byTag, byAdvisor, byMonth, kept, in);
    }
}
