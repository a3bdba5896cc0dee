package org.aftersales.serviceflow;

import java.util.List;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.store.EventSink;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.store.StoredEvent;

/**
 * A read model fed by committed events that can be dropped and rebuilt from the event log
 * (DESIGN.md: read models are rebuildable): a subclass says how it takes one event and how it
 * forgets everything; live events and the replay go through the same {@link #take}, so a
 * rebuilt model equals the live one. Calls are serialised on the model.
 */
public abstract class LoggedReadModel implements EventSubscriber {

    /** For subclasses. */
    protected LoggedReadModel() {
    }

    /**
     * Takes in one committed event; events of no interest are ignored.
     *
     * @param event the event
     */
    protected abstract void take(DomainEvent event);

    /** Forgets everything taken so far. */
    protected abstract void clear();

    @Override
    public final synchronized void committed(List<StoredEvent> events) {
        for (StoredEvent e : events) {
            take(e.event());
        }
    }

    /**
     * Drops everything and reads the whole event log again from its first position.
     *
     * @param log the storage's event sink
     * @return how many events were read
     */
    public final synchronized long rebuild(EventSink log) {
        clear();
        return log.replay(0, batch -> batch.forEach(e -> take(e.event())));
    }
}
