package org.aftersales.core.store;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.store.spi.CommitHook;

/** Every committed event, in commit order; position n is at index n - 1. */
final class EventLog {

    private final List<StoredEvent> entries = new ArrayList<>();

    /**
     * Appends the events of one commit and tells the hook, both under the log's lock, so
     * commits are announced one at a time in log order.
     */
    synchronized List<StoredEvent> append(List<DomainEvent> events, CommitHook hook) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        for (DomainEvent e : events) {
            StoredEvent s = new StoredEvent(entries.size() + 1L, e);
            entries.add(s);
            stored.add(s);
        }
        List<StoredEvent> result = List.copyOf(stored);
        hook.afterVisible(result);
        return result;
    }

    synchronized List<StoredEvent> read(long afterPosition, int max) {
        if (afterPosition < 0) {
            throw new IllegalArgumentException("a log position is not negative: " + afterPosition);
        }
        int from = (int) Math.min(afterPosition, entries.size());
        int to = (int) Math.min((long) from + max, entries.size());
        return List.copyOf(entries.subList(from, to));
    }
}
