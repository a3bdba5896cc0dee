package org.aftersales.complaints;

import static org.aftersales.complaints.Fixture.LI;
import static org.aftersales.complaints.Fixture.WANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.ComplaintNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** K1 under load: numbers stay gap-free, and a change that lost a race is refused, never lost silently. */
class IntakeConcurrencyTest {

    @Test
    @Timeout(60)
    void K1_numbersStayGapFreeWhenManyReceiveAtOnce() throws Exception {
        Fixture f = new Fixture("2026-11-23T09:00");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                workers.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        mine.add(f.receive().number().value());
                    }
                    return mine;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> w : workers) {
                all.addAll(w.get(50, TimeUnit.SECONDS));
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, 100).mapToObj(i -> String.format("CP-2026-%06d", i)).toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.desk.trackingLog().entries()).hasSize(100);
    }

    @Test
    @Timeout(60)
    void K1_concurrentChangesOfOneComplaintAreNeverLostSilently() throws Exception {
        Fixture f = new Fixture("2026-11-23T09:00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                ComplaintNumber n = f.receive().number();
                List<Future<Boolean>> both = new ArrayList<>();
                for (var to : List.of(LI, Fixture.ZHOU)) {
                    both.add(pool.submit(() -> {
                        try {
                            f.desk.requestHandOver(new ComplaintCommand.RequestHandOver(n, WANG, to));
                            return true;
                        } catch (ConcurrentUpdateException lost) {
                            return false;
                        }
                    }));
                }
                int won = 0;
                for (Future<Boolean> b : both) {
                    won += b.get(20, TimeUnit.SECONDS) ? 1 : 0;
                }
                long requested = f.storage.events().since(0, 100_000).stream()
                        .filter(e -> e.event() instanceof ComplaintEvent.HandOverRequested h && h.number().equals(n))
                        .count();
                assertThat(requested).isEqualTo(won).isBetween(1L, 2L);
                assertThat(f.desk.get(n).pendingHandOver()).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
