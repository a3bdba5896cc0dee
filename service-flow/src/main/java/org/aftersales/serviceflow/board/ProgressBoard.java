package org.aftersales.serviceflow.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.store.EventSink;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.ServiceEvent;
import org.aftersales.serviceflow.ServiceEvents;

/**
 * The progress board (F16): a read model of every open repair order, kept from the service
 * events as they are committed, so that answering the board reads no aggregate. Register it
 * with {@code Storage.builder().subscriber(board)} or {@code storage.events().subscribe(board)};
 * {@link #catchUp(EventSink)} reads what it has not seen from the event log, so a board made
 * after the fact (or after a restart) is rebuilt from position 0.
 *
 * <p>An order is open from check-in until it is delivered (a delivered order leaves the board;
 * it comes back if rework reopens it) or cancelled. Each row has its {@link BoardLight}, its
 * promised time (from the estimate, moved by a reported delay) and a late flag: the promise
 * passed and the car is not ready. Rows come soonest promise first, orders without a promise
 * last, then by number.
 *
 * <p>Thread-safe: events are applied one commit at a time, in log order; reads may run at
 * any time and see each order as of some commit. Events already applied (by position) are
 * skipped, so catching up and live delivery may overlap.
 */
public final class ProgressBoard implements EventSubscriber {

    /** The subscriber id. */
    public static final String ID = "progress-board";

    private static final Set<RepairOrderStatus> CLOSED = EnumSet.of(RepairOrderStatus.DELIVERED,
            RepairOrderStatus.FOLLOWED_UP, RepairOrderStatus.CLOSED, RepairOrderStatus.CANCELLED);

    /** What the board keeps of one order. */
    private record Entry(String order, String plate, String advisor, RepairOrderStatus status, Instant promisedAt) {
    }

    private final Map<String, Entry> orders = new ConcurrentHashMap<>();
    /** Orders off the board that rework may reopen: number to plate and advisor. */
    private final Map<String, Entry> delivered = new ConcurrentHashMap<>();
    private volatile long position;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public synchronized void committed(List<StoredEvent> events) {
        for (StoredEvent s : events) {
            if (s.position() <= position) {
                continue;
            }
            apply(s.event());
            position = s.position();
        }
    }

    /**
     * Reads every event after the last one applied from the log and applies it: from
     * position 0 for a new board.
     *
     * @param log the store's event log
     * @return this board
     */
    public ProgressBoard catchUp(EventSink log) {
        log.replay(position, this::committed);
        return this;
    }

    /** @return the log position of the last event applied */
    public long position() {
        return position;
    }

    private void apply(DomainEvent event) {
        if (!(event instanceof ServiceEvent e) || !e.type().startsWith("repair-order.")) {
            return;
        }
        String id = e.subject();
        if (ServiceEvents.CHECKED_IN.equals(e.type())) {
            Entry before = delivered.remove(id);
            String plate = e.details().getOrDefault("plate", before == null ? null : before.plate());
            String advisor = e.details().getOrDefault("advisor", before == null ? null : before.advisor());
            orders.put(id, new Entry(id, plate, advisor, e.status(), null));
            return;
        }
        if (ServiceEvents.REWORK.equals(e.type())) {
            Entry before = delivered.remove(id);
            if (before != null) {
                orders.put(id, new Entry(id, before.plate(), before.advisor(), e.status(), null));
            }
            return;
        }
        Entry current = orders.get(id);
        if (current == null) {
            if (e.status() == RepairOrderStatus.CLOSED || e.status() == RepairOrderStatus.CANCELLED) {
                delivered.remove(id);
            }
            return;
        }
        String promised = e.details().get("promised");
        Instant promisedAt = promised == null || "null".equals(promised) ? current.promisedAt() : Instant.parse(promised);
        Entry next = new Entry(id, current.plate(), current.advisor(), e.status(), promisedAt);
        if (CLOSED.contains(e.status())) {
            orders.remove(id);
            if (e.status() != RepairOrderStatus.CANCELLED && e.status() != RepairOrderStatus.CLOSED) {
                delivered.put(id, next);
            }
        } else {
            orders.put(id, next);
        }
    }

    /**
     * The staff's board.
     *
     * @param now the time now, for the late flag
     * @return every open order
     */
    public List<BoardRow> rows(Instant now) {
        List<BoardRow> rows = new ArrayList<>(orders.size());
        for (Entry o : orders.values()) {
            boolean late = o.promisedAt() != null && now.isAfter(o.promisedAt()) && !BoardLight.ready(o.status());
            rows.add(new BoardRow(o.order(), o.plate(), o.advisor(), o.status(), BoardLight.of(o.status()),
                    o.promisedAt(), late));
        }
        rows.sort(Comparator.comparing(BoardRow::promisedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BoardRow::order));
        return rows;
    }

    /**
     * What the lounge screen shows: the same rows with the plate masked and nothing that
     * identifies a person.
     *
     * @param now the time now, for the late flag
     * @return every open order
     */
    public List<PublicRow> publicRows(Instant now) {
        return rows(now).stream().map(BoardRow::toPublic).toList();
    }
}
