package org.aftersales.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.storekit.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lock-free reads of the in-memory store never pair a snapshot with another save's version. */
class InMemoryReadsTest {

    private static final CustomerId ANN = CustomerId.of("ann");

    @Test
    @Timeout(60)
    void C7_aReadSeesASnapshotTogetherWithItsOwnVersion() throws Exception {
        Repository<CustomerId, Account> accounts = Storage.inMemory().repository(Account.TYPE);
        accounts.save(Account.open("ann", "gold"), Versioned.NEW);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicLong reads = new AtomicLong();
        try {
            Future<?> writer = pool.submit(() -> {
                // version n always holds balance n - 1
                for (long version = 1; version <= 50_000; version++) {
                    accounts.save(accounts.get(ANN).value().plus(1), version);
                }
            });
            long lastSeen = 0;
            while (!writer.isDone()) {
                Versioned<Account> read = accounts.get(ANN);
                assertThat(read.value().balance()).isEqualTo(read.version() - 1);
                assertThat(read.version()).as("versions never go back").isGreaterThanOrEqualTo(lastSeen);
                lastSeen = read.version();
                reads.incrementAndGet();
            }
            writer.get(); // a writer that failed fails the test
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts.get(ANN).version()).isEqualTo(50_001);
        assertThat(reads.get()).isPositive();
    }
}
