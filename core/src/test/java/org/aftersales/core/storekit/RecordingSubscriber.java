package org.aftersales.core.storekit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.store.StoredEvent;

/** A subscriber that records every call and can be told to throw. */
public class RecordingSubscriber implements EventSubscriber {

    private final String id;
    private final int order;
    /** Notes of prepared batches. */
    public final List<String> prepared = new CopyOnWriteArrayList<>();
    /** Notes of abandoned batches. */
    public final List<String> abandoned = new CopyOnWriteArrayList<>();
    /** Committed events. */
    public final List<StoredEvent> committed = new CopyOnWriteArrayList<>();
    private volatile boolean failInPrepare;
    private volatile boolean failInCommitted;

    /**
     * @param id the id
     * @param order the order
     */
    public RecordingSubscriber(String id, int order) {
        this.id = id;
        this.order = order;
    }

    /** @return this, throwing from prepare */
    public RecordingSubscriber failingInPrepare() {
        failInPrepare = true;
        return this;
    }

    /** @return this, throwing from committed */
    public RecordingSubscriber failingInCommitted() {
        failInCommitted = true;
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public void prepare(List<DomainEvent> events) {
        if (failInPrepare) {
            throw new IllegalStateException(id + " refuses");
        }
        prepared.add(notes(events));
    }

    @Override
    public void abandoned(List<DomainEvent> events) {
        abandoned.add(notes(events));
    }

    @Override
    public void committed(List<StoredEvent> events) {
        if (failInCommitted) {
            throw new IllegalStateException(id + " is down");
        }
        committed.addAll(events);
    }

    private static String notes(List<DomainEvent> events) {
        return String.join(",", events.stream().map(e -> ((Noted) e).note()).toList());
    }
}
