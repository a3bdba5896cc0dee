package org.aftersales.core.storekit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;

/**
 * Base of the storage compatibility kit. A store runs the kit by extending each contract
 * class ({@link RepositoryContract}, {@link SequenceContract}, {@link UnitOfWorkContract},
 * {@link ConcurrencyContract}) in its own tests and implementing {@link #storage()}:
 *
 * <pre>{@code
 * class JdbcSequenceTest extends SequenceContract {
 *     protected Storage.Builder storage() {
 *         return Storage.builder().provider(new JdbcStorageProvider(freshDatabase()));
 *     }
 * }
 * }</pre>
 *
 * The kit is the {@code tests} jar of {@code aftersales-core}:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>org.aftersales</groupId>
 *   <artifactId>aftersales-core</artifactId>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * (automatic module name {@code org.aftersales.core.storekit}; it needs JUnit Jupiter and
 * AssertJ on the test path). The kit sets the clock (a {@link KitClock} starting 2026-03-01 10:00 in Shanghai) and, where
 * a check needs them, the lock timeout and the subscribers; it closes every storage after each
 * test.
 */
@Timeout(value = StorageContract.TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
public abstract class StorageContract {

    /**
     * Longest a contract test may run, in seconds, so that a store that deadlocks fails the kit
     * instead of hanging the build; inherited by every contract and its nested classes.
     */
    public static final long TIMEOUT_SECONDS = 300;

    /** 2026-03-01 10:00 in Asia/Shanghai. */
    protected static final Instant START = Instant.parse("2026-03-01T02:00:00Z");

    /** The kit's clock; tests move it. */
    protected final KitClock clock = new KitClock(START);

    private final List<Storage> opened = Collections.synchronizedList(new ArrayList<>());

    /**
     * A builder of a new, empty storage over the store under test, with its provider set and
     * discovery off.
     *
     * @return the builder
     */
    protected abstract Storage.Builder storage();

    /**
     * How many threads the concurrency checks use; 8 unless a store needs fewer.
     *
     * @return the thread count
     */
    protected int threads() {
        return 8;
    }

    /**
     * How many operations each thread does in the large concurrency checks; 10,000 unless a
     * store is too slow for that in CI.
     *
     * @return operations per thread
     */
    protected int operationsPerThread() {
        return 10_000;
    }

    /**
     * Opens a storage from {@link #storage()} with the kit's clock.
     *
     * @return the storage
     */
    protected Storage open() {
        return open(storage());
    }

    /**
     * Opens a storage from a configured builder, with the kit's clock; it is closed after
     * the test.
     *
     * @param builder the builder
     * @return the storage
     */
    protected Storage open(Storage.Builder builder) {
        Storage s = builder.clock(clock).build();
        opened.add(s);
        return s;
    }

    @AfterEach
    void closeStorages() {
        synchronized (opened) {
            opened.forEach(Storage::close);
            opened.clear();
        }
    }

    /**
     * Runs a task on several threads started together and fails with the first error any
     * thread met.
     *
     * @param threads how many threads
     * @param task the task, given the thread's number
     * @throws InterruptedException if the test is interrupted
     */
    protected static void concurrently(int threads, IntConsumer task) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "storekit-worker"));
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int number = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    task.accept(number);
                    return null;
                }));
            }
            start.countDown();
            List<Throwable> errors = new ArrayList<>();
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    errors.add(e.getCause());
                    // the first failure stops the others: nobody waits on a worker that gave up
                    workers.forEach(w -> w.cancel(true));
                } catch (CancellationException e) {
                    // stopped because another worker failed; that failure is reported
                }
            }
            if (!errors.isEmpty()) {
                AssertionError failure = new AssertionError(errors.size() + " thread(s) failed", errors.get(0));
                errors.stream().skip(1).forEach(failure::addSuppressed);
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Retries an optimistic write until it succeeds, as a caller does on
     * {@link org.aftersales.core.error.ConcurrentUpdateException}, but gives up after
     * {@value #MAX_RETRIES} refusals in a row so that a store that never lets a write through
     * fails the contract instead of hanging it.
     *
     * @param write one attempt; returns normally when it was stored
     */
    protected static void retryingStaleWrites(Runnable write) {
        for (int attempt = 1; ; attempt++) {
            try {
                write.run();
                return;
            } catch (org.aftersales.core.error.ConcurrentUpdateException stale) {
                if (attempt >= MAX_RETRIES) {
                    throw new AssertionError("a write was refused as stale " + attempt + " times in a row", stale);
                }
            }
        }
    }

    /** How many stale refusals in a row {@link #retryingStaleWrites} accepts. */
    protected static final int MAX_RETRIES = 10_000;

    /**
     * Everything observable of the kit's accounts and the event log, to compare before and
     * after a failure.
     *
     * @param accounts each account's snapshot and version (null when absent)
     * @param log the whole event log
     */
    protected record State(List<Versioned<Account>> accounts, List<StoredEvent> log) {
    }

    /**
     * Reads the state of the given accounts and the log.
     *
     * @param storage the storage
     * @param ids the account ids
     * @return the state
     */
    protected static State state(Storage storage, String... ids) {
        List<Versioned<Account>> accounts = new ArrayList<>();
        for (String id : ids) {
            accounts.add(storage.repository(Account.TYPE).find(org.aftersales.core.id.CustomerId.of(id)).orElse(null));
        }
        return new State(accounts, storage.events().since(0, Integer.MAX_VALUE));
    }
}
