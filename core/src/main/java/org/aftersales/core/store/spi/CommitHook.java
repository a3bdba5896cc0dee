package org.aftersales.core.store.spi;

import org.aftersales.core.store.EventSubscriber;

import java.util.List;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.store.StoredEvent;

/**
 * What {@link StorageTransaction#commit} calls at its two points: before anything becomes
 * visible (a veto point) and after everything did (a notification). Supplied by
 * {@link org.aftersales.core.store.Storage}, which turns them into the calls of
 * {@link EventSubscriber}s.
 */
public interface CommitHook {

    /** A hook that does nothing. */
    CommitHook NONE = new CommitHook() {
        @Override
        public void beforeVisible(List<DomainEvent> events) {
        }

        @Override
        public void afterVisible(List<StoredEvent> events) {
        }
    };

    /**
     * Called once the versions are checked and before anything is visible; throwing aborts the
     * commit with nothing changed.
     *
     * @param events the events about to be committed
     */
    void beforeVisible(List<DomainEvent> events);

    /**
     * Called once everything is visible, one commit at a time in log order. Must not throw;
     * the commit stands whatever happens here.
     *
     * @param events the committed events with their positions
     */
    void afterVisible(List<StoredEvent> events);
}
