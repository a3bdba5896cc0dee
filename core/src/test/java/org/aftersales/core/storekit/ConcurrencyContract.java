package org.aftersales.core.storekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.junit.jupiter.api.Test;

/**
 * Optimistic versioning under contention (C7): read-modify-write from many threads, retrying
 * on {@link ConcurrentUpdateException}, loses no update.
 */
public abstract class ConcurrencyContract extends StorageContract {

    private static final CustomerId ANN = CustomerId.of("ann");
    private static final CustomerId BOB = CustomerId.of("bob");

    @Test
    void C7_readModifyWriteFromManyThreadsLosesNoUpdate() throws InterruptedException {
        Storage storage = open();
        Repository<CustomerId, Account> accounts = storage.repository(Account.TYPE);
        accounts.save(Account.open("ann", "gold"), Versioned.NEW);
        int threads = threads();
        int each = operationsPerThread();
        concurrently(threads, t -> {
            for (int i = 0; i < each; i++) {
                retryingStaleWrites(() -> {
                    Versioned<Account> read = accounts.get(ANN);
                    try {
                        accounts.save(read.value().plus(1), read.version());
                    } catch (ConcurrentUpdateException stale) {
                        if (stale.actualVersion() <= stale.expectedVersion()) {
                            throw new AssertionError("a refusal must name a newer stored version", stale);
                        }
                        throw stale;
                    }
                });
            }
        });
        Versioned<Account> last = accounts.get(ANN);
        assertThat(last.value().balance()).as("every update counted once").isEqualTo((long) threads * each);
        assertThat(last.version()).isEqualTo((long) threads * each + 1);
    }

    @Test
    void eventsOfConcurrentUnitsAreLoggedAndDeliveredOnceInLogOrder() throws InterruptedException {
        RecordingSubscriber board = new RecordingSubscriber("board", 0);
        Storage storage = open(storage().subscriber(board));
        int threads = threads();
        int each = Math.max(10, operationsPerThread() / 20);
        concurrently(threads, t -> {
            for (int i = 0; i < each; i++) {
                String note = t + "-" + i;
                storage.run(work -> {
                    work.publish(Noted.of(note + "a"));
                    work.publish(Noted.of(note + "b"));
                });
            }
        });
        List<StoredEvent> log = storage.events().since(0, Integer.MAX_VALUE);
        assertThat(log).hasSize(threads * each * 2);
        for (int i = 0; i < log.size(); i++) {
            assertThat(log.get(i).position()).isEqualTo(i + 1L);
        }
        for (int i = 0; i < log.size(); i += 2) {
            String a = ((Noted) log.get(i).event()).note();
            String b = ((Noted) log.get(i + 1).event()).note();
            assertThat(b).as("the events of one unit stay together").isEqualTo(a.substring(0, a.length() - 1) + "b");
        }
        assertThat(board.committed).as("delivered once each, in log order").isEqualTo(log);
    }

    @Test
    void C7_unitsOfWorkOverTwoAggregatesFromManyThreadsKeepTheTotal() throws InterruptedException {
        Storage storage = open();
        storage.run(work -> {
            work.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
            work.repository(Account.TYPE).save(Account.open("bob", "gold"), Versioned.NEW);
        });
        int threads = threads();
        int each = Math.max(10, operationsPerThread() / 10);
        AtomicLong toBob = new AtomicLong();
        concurrently(threads, t -> {
            for (int i = 0; i < each; i++) {
                long amount = (i + t) % 2 == 0 ? 7 : -3;
                // someone else may move money in between: read again and retry
                retryingStaleWrites(() -> storage.run(work -> {
                    Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
                    Versioned<Account> ann = accounts.get(ANN);
                    Versioned<Account> bob = accounts.get(BOB);
                    accounts.save(ann.value().plus(-amount), ann.version());
                    accounts.save(bob.value().plus(amount), bob.version());
                }));
                toBob.addAndGet(amount);
            }
        });
        Repository<CustomerId, Account> accounts = storage.repository(Account.TYPE);
        assertThat(accounts.get(BOB).value().balance()).isEqualTo(toBob.get());
        assertThat(accounts.get(ANN).value().balance()).isEqualTo(-toBob.get());
        assertThat(accounts.get(ANN).version()).isEqualTo((long) threads * each + 1);
        assertThat(accounts.get(BOB).version()).isEqualTo((long) threads * each + 1);
    }
}
