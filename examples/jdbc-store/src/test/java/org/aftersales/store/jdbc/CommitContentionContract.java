package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Units of work committing from several threads, each over one aggregate they all share and one
 * that only two threads share: a commit refused as stale names a stored version other than the
 * one it expected (a refusal whose expected version was in fact still stored is a false stale,
 * and fails the test), and no update is lost. The shared aggregate is written first at commit,
 * so a unit often holds its row and then rolls back over the other one: the case where H2
 * reports a row held by a writer that ends up changing nothing.
 */
abstract class CommitContentionContract {

    // written first: commits write in id order
    private static final CustomerId SHARED = CustomerId.of("a-shared");
    private static final int THREADS = 6;

    private Storage storage;

    /** @return a builder of a fresh, empty storage */
    abstract Storage.Builder storage();

    /** @return units of work per thread */
    int unitsPerThread() {
        return Integer.getInteger("aftersales.test.contention.units", 1_000);
    }

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    @Test
    @Timeout(240)
    void C7_aCommitIsRefusedAsStaleOnlyWhenTheStoredVersionMovedOn() throws Exception {
        storage = storage().build();
        storage.run(work -> {
            Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
            accounts.save(Account.open(SHARED.value(), "gold"), Versioned.NEW);
            for (int t = 0; t < THREADS / 2; t++) {
                accounts.save(Account.open("pair-" + t, "gold"), Versioned.NEW);
            }
        });
        int each = unitsPerThread();
        List<ConcurrentUpdateException> falseStale = Collections.synchronizedList(new ArrayList<>());
        AtomicLong stale = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                CustomerId own = CustomerId.of("pair-" + t / 2);
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        for (int attempt = 1; ; attempt++) {
                            try {
                                storage.run(work -> {
                                    Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
                                    Versioned<Account> mine = accounts.get(own);
                                    Versioned<Account> all = accounts.get(SHARED);
                                    accounts.save(mine.value().plus(1), mine.version());
                                    accounts.save(all.value().plus(1), all.version());
                                });
                                break;
                            } catch (ConcurrentUpdateException e) {
                                stale.incrementAndGet();
                                if (e.expectedVersion() == e.actualVersion()) {
                                    falseStale.add(e);
                                }
                                if (attempt >= 10_000) {
                                    throw e;
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> w : workers) {
                w.get(200, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(falseStale).as("commits refused as stale although the expected version was stored (of %d refusals)",
                stale.get()).isEmpty();
        Repository<CustomerId, Account> accounts = storage.repository(Account.TYPE);
        assertThat(accounts.get(SHARED).value().balance()).isEqualTo((long) THREADS * each);
        assertThat(accounts.get(SHARED).version()).isEqualTo((long) THREADS * each + 1);
        for (int t = 0; t < THREADS / 2; t++) {
            assertThat(accounts.get(CustomerId.of("pair-" + t)).value().balance()).isEqualTo(2L * each);
        }
    }
}
