package org.aftersales.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violation;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.storekit.Account;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StorageTest {

    @Nested
    class Discovery {

        @Test
        void C7_openUsesTheInMemoryProviderWhenNoOtherIsPresent() {
            try (Storage storage = Storage.open()) {
                assertThat(storage.providerId()).isEqualTo("memory");
                assertThat(storage.zone().getId()).isEqualTo("Asia/Shanghai");
            }
        }

        @Test
        void aProviderGivenByHandWinsOverDiscovery() {
            try (Storage storage = Storage.builder().provider(TestProviders.of("vendor", new InMemoryStorageProvider()::open)).build()) {
                assertThat(storage.providerId()).isEqualTo("vendor");
            }
        }

        @Test
        void aProviderCanBePickedById() {
            try (Storage storage = Storage.builder().providerId("memory").build()) {
                assertThat(storage.providerId()).isEqualTo("memory");
            }
            assertThatThrownBy(() -> Storage.builder().providerId("jdbc").build())
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.code()).isEqualTo("store.unknownProvider");
                        assertThat(e.text().en()).contains("\"jdbc\"", "memory");
                        assertThat(e.text().zh()).contains("“jdbc”", "memory");
                    });
        }

        @Test
        void aProviderThatFailsToOpenIsReportedById() {
            StorageProvider broken = TestProviders.of("broken-db", settings -> {
                throw new IllegalStateException("connection refused");
            });
            assertThatThrownBy(() -> Storage.builder().provider(broken).build())
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.pluginId()).isEqualTo("broken-db");
                        assertThat(e.getCause()).hasMessage("connection refused");
                        assertThat(e.text().zh()).contains("broken-db");
                    });
        }
    }

    @Test
    void settingsReachTheProvider() {
        java.util.concurrent.atomic.AtomicReference<org.aftersales.core.store.spi.StorageSettings> seen =
                new java.util.concurrent.atomic.AtomicReference<>();
        StorageProvider recording = TestProviders.of("recording", settings -> {
            seen.set(settings);
            return new InMemoryStorageProvider().open(settings);
        });
        try (Storage storage = Storage.builder().provider(recording).lockTimeout(java.time.Duration.ofMillis(250))
                .property("jdbc.url", "jdbc:h2:mem:test").build()) {
            assertThat(storage.providerId()).isEqualTo("recording");
        }
        assertThat(seen.get().lockTimeout()).hasMillis(250);
        assertThat(seen.get().properties()).containsEntry("jdbc.url", "jdbc:h2:mem:test");
        assertThatThrownBy(() -> Storage.builder().lockTimeout(java.time.Duration.ZERO).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("lockTimeout");
                    assertThat(e.violations().get(0).message().zh()).contains("锁等待时间");
                });
    }

    @Test
    void aClosedStorageRefusesWork() {
        Storage storage = Storage.inMemory();
        storage.close();
        storage.close();
        assertThatThrownBy(() -> storage.repository(Account.TYPE)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.code()).isEqualTo("store.closed");
            assertThat(e.text().en()).contains("closed");
            assertThat(e.text().zh()).contains("已关闭");
        });
        assertThatThrownBy(() -> storage.run(work -> { })).isInstanceOf(StorageException.class);
    }

    /** C7: a read model catching up reads every event after its position, across batches, in order. */
    @Test
    void C7_replayReadsTheLogFromAPositionToItsEndInBatches() {
        Storage storage = Storage.inMemory();
        storage.run(work -> {
            for (int i = 1; i <= 2_345; i++) {
                work.publish(org.aftersales.core.storekit.Noted.of("e" + i));
            }
        });
        java.util.List<Long> positions = new java.util.ArrayList<>();
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        long read = storage.events().replay(0, batch -> {
            sizes.add(batch.size());
            batch.forEach(e -> positions.add(e.position()));
        });
        assertThat(read).isEqualTo(2_345);
        assertThat(sizes).containsExactly(1_000, 1_000, 345);
        assertThat(positions).doesNotHaveDuplicates().isSorted().hasSize(2_345);
        long after = positions.get(1_999);
        java.util.List<Long> rest = new java.util.ArrayList<>();
        assertThat(storage.events().replay(after, batch -> batch.forEach(e -> rest.add(e.position())))).isEqualTo(345);
        assertThat(rest).isEqualTo(positions.subList(2_000, 2_345));
        assertThat(storage.events().replay(positions.get(2_344), batch -> { throw new AssertionError("nothing left"); }))
                .isZero();
    }

    @Test
    void subscribersCanComeAndGoAndDuplicatesAreRefused() {
        Storage storage = Storage.inMemory();
        EventSinkProbe probe = new EventSinkProbe("probe");
        storage.events().subscribe(probe);
        assertThatThrownBy(() -> storage.events().subscribe(new EventSinkProbe("probe")))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> assertThat(e.pluginId()).isEqualTo("probe"));
        storage.run(work -> work.publish(org.aftersales.core.storekit.Noted.of("one")));
        assertThat(probe.seen).isEqualTo(1);
        assertThat(storage.events().unsubscribe("probe")).isTrue();
        assertThat(storage.events().unsubscribe("probe")).isFalse();
        storage.run(work -> work.publish(org.aftersales.core.storekit.Noted.of("two")));
        assertThat(probe.seen).isEqualTo(1);
        assertThat(storage.events().since(0, 10)).hasSize(2);
        assertThatThrownBy(() -> storage.events().since(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    static final class EventSinkProbe implements org.aftersales.core.store.EventSubscriber {
        private final String id;
        int seen;

        EventSinkProbe(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void committed(java.util.List<StoredEvent> events) {
            seen += events.size();
        }
    }
}
