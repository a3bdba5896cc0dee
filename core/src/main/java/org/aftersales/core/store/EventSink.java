package org.aftersales.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.spi.CommitHook;
import org.aftersales.core.store.spi.StorageEngine;

/**
 * Where committed domain events go (C7): the storage's event log, which keeps every committed
 * event in commit order, and the {@link EventSubscriber}s that read models register. Events
 * reach it only from a committed {@link UnitOfWork}; see {@link EventSubscriber} for what a
 * throwing subscriber does before and after the commit point. Thread-safe.
 */
public final class EventSink {

    private final StorageEngine engine;
    private volatile PluginHost<EventSubscriber> subscribers;
    private final List<DeliveryFailure> failures = new CopyOnWriteArrayList<>();
    private final Object registration = new Object();

    EventSink(StorageEngine engine, PluginHost<EventSubscriber> subscribers) {
        this.engine = engine;
        this.subscribers = subscribers;
    }

    /**
     * Adds a subscriber; it is told of commits from now on.
     *
     * @param subscriber the subscriber
     * @throws PluginFailureException if a subscriber with that id is already registered
     */
    public void subscribe(EventSubscriber subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        synchronized (registration) {
            subscribers = subscribers.with(subscriber);
        }
    }

    /**
     * Removes a subscriber.
     *
     * @param id its id
     * @return true when it was registered
     */
    public boolean unsubscribe(String id) {
        synchronized (registration) {
            PluginHost<EventSubscriber> before = subscribers;
            subscribers = before.without(id);
            return before.find(id).isPresent();
        }
    }

    /** @return the ids of the registered subscribers, in the order they are called */
    public List<String> subscriberIds() {
        return subscribers.ids();
    }

    /**
     * Reads the log: the committed events after a position.
     *
     * @param afterPosition 0 for the beginning, else the last position already read
     * @param max the most events to return, at least 1
     * @return events in position order
     */
    public List<StoredEvent> since(long afterPosition, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, not " + max);
        }
        return engine.events(afterPosition, max);
    }

    /** Events read per batch by {@link #replay}. */
    static final int REPLAY_BATCH = 1000;

    /**
     * Reads the log from a position to its end in batches of {@value #REPLAY_BATCH}, handing
     * each batch to the reader in position order: how a read model catches up, or rebuilds
     * itself from position 0 (DESIGN.md: read models can be dropped and rebuilt from the log).
     * Events committed while it reads are read too.
     *
     * @param afterPosition 0 for the beginning, else the last position already read
     * @param reader takes each batch
     * @return how many events were read
     */
    public long replay(long afterPosition, Consumer<List<StoredEvent>> reader) {
        Objects.requireNonNull(reader, "reader");
        long position = afterPosition;
        long read = 0;
        while (true) {
            List<StoredEvent> batch = since(position, REPLAY_BATCH);
            if (batch.isEmpty()) {
                return read;
            }
            reader.accept(batch);
            position = batch.get(batch.size() - 1).position();
            read += batch.size();
        }
    }

    /** @return every failure of a subscriber after a commit point, oldest first */
    public List<DeliveryFailure> failures() {
        return List.copyOf(failures);
    }

    /** @return the hook a commit calls: prepare/abandon before visibility, deliver after */
    CommitHook hook() {
        PluginHost<EventSubscriber> host = subscribers;
        if (host.plugins().isEmpty()) {
            return CommitHook.NONE;
        }
        return new CommitHook() {
            @Override
            public void beforeVisible(List<DomainEvent> events) {
                if (events.isEmpty()) {
                    return;
                }
                List<EventSubscriber> prepared = new ArrayList<>();
                for (EventSubscriber s : host.plugins()) {
                    try {
                        s.prepare(events);
                        prepared.add(s);
                    } catch (RuntimeException e) {
                        PluginFailureException failure = PluginFailureException.failed(s.id(), e);
                        for (EventSubscriber earlier : prepared) {
                            try {
                                earlier.abandoned(events);
                            } catch (RuntimeException again) {
                                failure.addSuppressed(PluginFailureException.failed(earlier.id(), again));
                            }
                        }
                        throw failure;
                    }
                }
            }

            @Override
            public void afterVisible(List<StoredEvent> events) {
                if (events.isEmpty()) {
                    return;
                }
                for (EventSubscriber s : host.plugins()) {
                    try {
                        s.committed(events);
                    } catch (RuntimeException e) {
                        failures.add(new DeliveryFailure(s.id(), events, PluginFailureException.failed(s.id(), e)));
                    }
                }
            }
        };
    }
}
