package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL stopped in the middle of a load and started again: while it is down every operation
 * fails with a clear storage error in both languages, nothing partial is stored, and the same
 * storage works again once it is back, without restarting anything. Needs the commands that
 * stop and start the test cluster, {@code AFTERSALES_TEST_PG_STOP} and
 * {@code AFTERSALES_TEST_PG_START} (set by {@code .ci/run}).
 */
class PgRestartTest {

    private static final SequenceFormat RO = SequenceFormat.yearly("repair-order", "RO", 6);
    private static final CustomerId ANN = CustomerId.of("ann");
    private static final CustomerId BOB = CustomerId.of("bob");

    private Storage storage;
    private String schema;
    private String start;
    private boolean stopped;

    private static String command(String name) {
        String command = System.getenv(name);
        if (command == null || command.isBlank()) {
            String message = "the restart test needs " + name + " (a shell command that stops or starts the test"
                    + " PostgreSQL; .ci/run sets AFTERSALES_TEST_PG_STOP and AFTERSALES_TEST_PG_START)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true, so the PostgreSQL tests must run, but " + message);
            }
            Assumptions.abort("skipped: " + message);
        }
        return command;
    }

    private static void shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
        assertThat(p.exitValue()).as("exit status of " + command).isZero();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (stopped) {
            shell(start);
        }
        if (storage != null) {
            storage.close();
            TestDatabases.admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    @Timeout(180)
    void C7_aStoppedDatabaseFailsClearlyStoresNothingPartialAndIsUsedAgainOnceBack() throws Exception {
        String stop = command("AFTERSALES_TEST_PG_STOP");
        start = command("AFTERSALES_TEST_PG_START");
        JdbcStoreConfig config = TestDatabases.pgConfig().poolSize(4).connectionTimeout(Duration.ofMillis(500)).build();
        schema = config.schema();
        storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
        storage.run(work -> {
            work.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
            work.repository(Account.TYPE).save(Account.open("bob", "gold"), Versioned.NEW);
        });

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger committedAfterRestart = new AtomicInteger();
        AtomicBoolean restarted = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> storageErrors = new ConcurrentLinkedQueue<>();
        ExecutorService load = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            workers.add(load.submit(() -> {
                while (running.get()) {
                    try {
                        storage.run(work -> {
                            long n = work.sequence(RO).next().counter();
                            Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
                            Versioned<Account> ann = accounts.get(ANN);
                            accounts.save(ann.value().plus(-1), ann.version());
                            Versioned<Account> bob = accounts.get(BOB);
                            accounts.save(bob.value().plus(1), bob.version());
                            work.publish(Noted.of("move-" + n));
                        });
                        if (restarted.get()) {
                            committedAfterRestart.incrementAndGet();
                        }
                    } catch (ConcurrentUpdateException contention) {
                        // the other thread got there first
                    } catch (StorageException down) {
                        storageErrors.add(down.code());
                    } catch (RuntimeException other) {
                        unexpected.add(other);
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1500);
        shell(stop);
        stopped = true;

        assertThatThrownBy(() -> storage.repository(Account.TYPE).find(ANN))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.code()).isEqualTo(JdbcStorageProvider.UNAVAILABLE);
                    assertThat(e.text().en()).contains("cannot be reached", "Nothing of this operation was stored");
                    assertThat(e.text().zh()).contains("无法连接数据库", "未保存任何内容");
                });
        assertThatThrownBy(() -> storage.run(work -> work.sequence(RO).next()))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo(JdbcStorageProvider.UNAVAILABLE));
        Thread.sleep(1000);

        shell(start);
        stopped = false;
        restarted.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (committedAfterRestart.get() < 20 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        load.shutdown();

        assertThat(unexpected).as("only storage errors and contention").isEmpty();
        assertThat(storageErrors).as("the load saw the database go away").isNotEmpty()
                .allSatisfy(code -> assertThat(code).isIn(JdbcStorageProvider.UNAVAILABLE, JdbcStorageProvider.COMMIT_UNKNOWN));
        assertThat(committedAfterRestart.get()).as("the same storage works again").isGreaterThanOrEqualTo(20);

        Repository<CustomerId, Account> accounts = storage.repository(Account.TYPE);
        long moved = accounts.get(BOB).value().balance();
        assertThat(accounts.get(ANN).value().balance()).as("every move whole or absent").isEqualTo(-moved);
        assertThat(accounts.get(BOB).version()).isEqualTo(moved + 1);
        assertThat(storage.events().since(0, Integer.MAX_VALUE)).as("one event per stored move").hasSize((int) moved);
        assertThat(storage.sequence(RO).next().counter()).as("one number per stored move, none burned")
                .isEqualTo(moved + 1);
    }
}
