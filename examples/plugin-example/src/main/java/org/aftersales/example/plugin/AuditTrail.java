package org.aftersales.example.plugin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.store.StoredEvent;

/**
 * A read model that writes one line per committed event: position, type, actor. Found by
 * {@link java.util.ServiceLoader} when a storage is built with
 * {@code Storage.builder().discoverSubscribers()}.
 */
public final class AuditTrail implements EventSubscriber {

    /** The plugin's id. */
    public static final String ID = "audit-trail";

    private final List<String> lines = new CopyOnWriteArrayList<>();

    /** Creates an empty trail; {@link java.util.ServiceLoader} calls this. */
    public AuditTrail() {
        // nothing recorded yet
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void committed(List<StoredEvent> events) {
        for (StoredEvent e : events) {
            lines.add(e.position() + " " + e.event().type() + " by " + e.event().metadata().actor());
        }
    }

    /** @return the lines written so far, oldest first */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
