package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One event class that carries many names (as the service desk's {@code repair-order.*} events
 * do) is registered once for its stream, and a process that did not write them reads them back.
 */
class EventStreamTest {

    /** An event whose name is data, such as {@code visit.booked}. */
    public record Logged(String type, EventMetadata metadata, String note) implements DomainEvent {
    }

    private static Logged logged(String type, String note) {
        return new Logged(type, new EventMetadata(EventId.of("ev-" + note), Instant.parse("2026-03-01T02:00:00Z"),
                Actor.system("test"), CorrelationId.of("visit-1")), note);
    }

    @TempDir
    Path folder;

    private Storage open(JdbcStoreConfig.Builder config) {
        return Storage.builder().discovery(false)
                .provider(new JdbcStorageProvider(config.url(JdbcStoreConfig.h2File(folder.resolve("log"))).build())).build();
    }

    @Test
    void C7_aStreamRegisteredOnceReadsBackEveryNameInItAfterARestart() {
        try (Storage writer = open(JdbcStoreConfig.builder())) {
            writer.run(work -> {
                work.publish(logged("visit.booked", "one"));
                work.publish(logged("visit.arrived", "two"));
            });
        }
        try (Storage unregistered = open(JdbcStoreConfig.builder())) {
            assertThatThrownBy(() -> unregistered.events().since(0, 10)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("visit.booked");
        }
        try (Storage reader = open(JdbcStoreConfig.builder().eventStream("visit", Logged.class))) {
            List<StoredEvent> read = reader.events().since(0, 10);
            assertThat(read).extracting(e -> e.event().type()).containsExactly("visit.booked", "visit.arrived");
            assertThat(read).extracting(e -> ((Logged) e.event()).note()).containsExactly("one", "two");
        }
    }

    @Test
    void C7_aStreamTakenByAnotherClassIsRefused() {
        JdbcStoreConfig.Builder b = JdbcStoreConfig.builder().eventStream("visit", Logged.class);
        assertThatThrownBy(() -> b.eventStream("visit", org.aftersales.core.storekit.Noted.class))
                .isInstanceOf(StorageException.class).hasMessageContaining("visit.*");
    }
}
