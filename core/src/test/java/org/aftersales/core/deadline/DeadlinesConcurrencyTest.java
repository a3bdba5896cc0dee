package org.aftersales.core.deadline;

import static org.aftersales.core.deadline.DeadlineFixtures.REPAIR_ESTIMATE;
import static org.aftersales.core.deadline.DeadlineFixtures.WANG;
import static org.aftersales.core.deadline.DeadlineFixtures.at;
import static org.aftersales.core.deadline.DeadlineFixtures.service;
import static org.aftersales.core.deadline.DeadlineFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * C13: two callers of {@code due(now)} sharing one store (two service objects, as two
 * processes would have) fire each deadline and each escalation step exactly once.
 */
class DeadlinesConcurrencyTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void C13_twoCallersFireEachDeadlineAndStepExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                Storage storage = Storage.inMemory();
                Deadlines a = service(storage).batchSize(1 + round % 7 * 20).build();
                Deadlines b = service(storage).batchSize(1 + round % 5 * 30).build();
                int count = 120;
                for (int i = 0; i < count; i++) {
                    a.set(set("RO-" + i, REPAIR_ESTIMATE, WANG, i % 2 == 0 ? "2026-11-23T09:00" : "2026-11-23T10:00"));
                }
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<DeadlineEvent>>> futures = new ArrayList<>();
                for (Deadlines d : List.of(a, b)) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        List<DeadlineEvent> out = new ArrayList<>(d.due(at("2026-11-23T14:00")));
                        out.addAll(d.due(at("2026-11-24T12:00")));
                        return out;
                    }));
                }
                go.countDown();
                List<DeadlineEvent> all = new ArrayList<>();
                for (Future<List<DeadlineEvent>> f : futures) {
                    all.addAll(f.get(60, TimeUnit.SECONDS));
                }
                // per deadline: three steps and one missed
                assertThat(all).as("round %d", round).hasSize(count * 4);
                Set<String> keys = new HashSet<>();
                for (DeadlineEvent e : all) {
                    String key = e.deadline() + "/" + (e instanceof DeadlineEscalated x ? x.step().percent() : "missed");
                    assertThat(keys.add(key)).as("fired twice: %s", key).isTrue();
                }
                assertThat(storage.events().since(0, 10_000)).extracting(StoredEvent::event).hasSize(count * 4);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
