package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the kit cannot see from one storage: two stores on one database (as two processes would
 * be), events read back by a store that did not write them, and a fault inside the commit after
 * the rows are written. Run on H2 and on PostgreSQL.
 */
abstract class StoreReliabilityContract {

    private static final SequenceFormat RO = SequenceFormat.yearly("repair-order", "RO", 6);
    private static final CustomerId ANN = CustomerId.of("ann");
    private static final CustomerId BOB = CustomerId.of("bob");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);

    private final List<Storage> opened = new ArrayList<>();

    /** @return the configuration of one new, empty database, shared by every store a test opens */
    abstract JdbcStoreConfig.Builder database();

    /** Drops what the test created, after every store is closed. */
    void dropDatabase() {
    }

    private JdbcStoreConfig.Builder shared;

    Storage open(JdbcStoreConfig.Builder config) {
        Storage storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config.build()))
                .clock(CLOCK).build();
        opened.add(storage);
        return storage;
    }

    Storage open() {
        if (shared == null) {
            shared = database();
        }
        return open(shared.build().toBuilder());
    }

    @AfterEach
    void close() {
        opened.forEach(Storage::close);
        dropDatabase();
    }

    @Test
    @Timeout(120)
    void C7_twoStoresOnOneDatabaseLoseNoUpdateAndShareGapFreeNumbersAndOneLog() throws Exception {
        Storage first = open();
        Storage second = open();
        first.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        int perStore = 4;
        int each = 150;
        ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2 * perStore);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2 * perStore; t++) {
                Storage storage = t % 2 == 0 ? first : second;
                workers.add(pool.submit(() -> LoadMain.run(storage, each, numbers)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int total = 2 * perStore * each;
        assertThat(second.repository(Account.TYPE).get(ANN).value().balance()).as("no lost update").isEqualTo(total);
        assertThat(numbers).hasSize(total);
        assertThat(numbers.stream().sorted().toList()).as("gap-free across both stores")
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
        List<StoredEvent> log = first.events().since(0, Integer.MAX_VALUE);
        assertThat(log).extracting(StoredEvent::position).as("one gap-free log")
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(log).extracting(e -> ((Noted) e.event()).note()).doesNotHaveDuplicates();
    }

    @Test
    void C11_eventsAreReadBackIntoTheirClassesByAStoreThatRegisteredTheirNames() {
        Storage writer = open();
        writer.run(work -> work.publish(Noted.of("checked-in")));
        Storage reader = open(shared.build().toBuilder());
        assertThat(reader.events().since(0, 10)).singleElement()
                .satisfies(e -> assertThat(e.event()).isEqualTo(Noted.of("checked-in")));
    }

    @Test
    void C11_anUnknownEventNameIsAClearErrorInBothLanguages() {
        Storage writer = open();
        writer.run(work -> work.publish(Noted.of("checked-in")));
        JdbcStoreConfig known = shared.build();
        Storage stranger = open(JdbcStoreConfig.builder().url(known.url()).user(known.user()).password(known.password())
                .schema(known.schema()));
        assertThatThrownBy(() -> stranger.events().since(0, 10)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.code()).isEqualTo(JdbcStorageProvider.UNREADABLE);
            assertThat(e.text().en()).contains("\"Noted\"", "position 1", "eventType");
            assertThat(e.text().zh()).contains("“Noted”", "第 1 位", "eventType");
        });
    }

    @Test
    @Timeout(60)
    void C7_aFaultInsideTheCommitAfterTheRowsAreWrittenLeavesTheDatabaseUnchanged() {
        Storage storage = open(database().poolSize(2));
        storage.run(work -> {
            work.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
            work.repository(Account.TYPE).save(Account.open("bob", "gold"), Versioned.NEW);
            work.sequence(RO).next();
            work.publish(Noted.of("seeded"));
        });
        Repository<CustomerId, Account> accounts = storage.repository(Account.TYPE);
        Versioned<Account> ann = accounts.get(ANN);
        Versioned<Account> bob = accounts.get(BOB);
        for (int i = 0; i < 10; i++) { // more than the pool holds: a leaked connection would hang the next
            assertThatThrownBy(() -> storage.run(work -> {
                work.sequence(RO).next();
                Repository<CustomerId, Account> inside = work.repository(Account.TYPE);
                inside.save(inside.get(ANN).value().plus(-100), 1);
                inside.save(inside.get(BOB).value().plus(100), 1);
                work.publish(Noted.of("transfer"));
                work.publish(Exploding.now());
            })).hasStackTraceContaining("the disk is full");
            assertThat(accounts.get(ANN)).isEqualTo(ann);
            assertThat(accounts.get(BOB)).isEqualTo(bob);
            assertThat(storage.events().since(0, 10)).hasSize(1);
        }
        assertThat(storage.sequence(RO).next().counter()).as("no number burned").isEqualTo(2);
        storage.run(work -> work.publish(Noted.of("after")));
        assertThat(storage.events().since(0, 10)).extracting(StoredEvent::position).containsExactly(1L, 2L);
    }
}
