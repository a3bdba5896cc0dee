package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A follower in another process (here: with its own pool) reads the log by position and is woken by commits. */
abstract class LogFollowerContract {

    abstract JdbcStoreConfig.Builder database();

    void dropDatabase(JdbcStoreConfig config) {
    }

    private Storage writer;
    private JdbcLogFollower follower;
    private JdbcStoreConfig config;

    @AfterEach
    void close() {
        if (follower != null) {
            follower.close();
        }
        if (writer != null) {
            writer.close();
            dropDatabase(config);
        }
    }

    @Test
    @Timeout(60)
    void C11_aFollowerReadsTheLogByPositionAndIsWokenByACommit() throws Exception {
        config = database().build();
        writer = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
        writer.run(work -> {
            work.publish(Noted.of("one"));
            work.publish(Noted.of("two"));
        });
        follower = JdbcLogFollower.open(config, 0);
        assertThat(follower.poll(Duration.ofSeconds(5))).extracting(StoredEvent::position).containsExactly(1L, 2L);
        assertThat(follower.position()).isEqualTo(2);

        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            sleep(300);
            writer.run(work -> work.publish(Noted.of("three")));
        });
        long start = System.nanoTime();
        List<StoredEvent> woken = follower.poll(Duration.ofSeconds(20));
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        later.get();
        assertThat(woken).singleElement().satisfies(e -> {
            assertThat(e.position()).isEqualTo(3);
            assertThat(e.event()).isEqualTo(Noted.of("three"));
        });
        assertThat(waited).as("woken by the commit, not by the end of the wait").isLessThan(5_000);
        assertThat(follower.poll(Duration.ofMillis(200))).isEmpty();
        assertThat(follower.position()).isEqualTo(3);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
