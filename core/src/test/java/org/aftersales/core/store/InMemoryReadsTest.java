package org.aftersales.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.storekit.Account;
import org.junit.jupiter.api.Test;

/** Lock-free reads of the in-memory store never pair a snapshot with another save's version. */
class InMemoryReadsTest {

    private static final CustomerId ANN = CustomerId.of("ann");

    @Test
    void C7_aReadSeesASnapshotTogetherWithItsOwnVersion() throws InterruptedException {
        Repository<CustomerId, Account> accounts = Storage.inMemory().repository(Account.TYPE);
        accounts.save(Account.open("ann", "gold"), Versioned.NEW);
        AtomicBoolean done = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            // version n always holds balance n - 1
            for (long version = 1; version <= 50_000; version++) {
                accounts.save(accounts.get(ANN).value().plus(1), version);
            }
            done.set(true);
        });
        AtomicLong reads = new AtomicLong();
        writer.start();
        long lastSeen = 0;
        while (!done.get()) {
            Versioned<Account> read = accounts.get(ANN);
            assertThat(read.value().balance()).isEqualTo(read.version() - 1);
            assertThat(read.version()).as("versions never go back").isGreaterThanOrEqualTo(lastSeen);
            lastSeen = read.version();
            reads.incrementAndGet();
        }
        writer.join();
        assertThat(accounts.get(ANN).version()).isEqualTo(50_001);
        assertThat(reads.get()).isPositive();
    }
}
