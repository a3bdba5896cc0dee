package org.aftersales.core.storekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.store.IssuedNumber;
import org.aftersales.core.store.Sequence;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Gap-free document numbers (C7): format, yearly reset, concurrency, units of work. */
public abstract class SequenceContract extends StorageContract {

    /** Repair order numbers, such as RO-2026-000123. */
    protected static final SequenceFormat RO = SequenceFormat.yearly("repair-order", "RO", 6);

    @Test
    void numbersStartAtOneInTheFormat() {
        Sequence numbers = open().sequence(RO);
        assertThat(numbers.next().text()).isEqualTo("RO-2026-000001");
        IssuedNumber second = numbers.next();
        assertThat(second).isEqualTo(new IssuedNumber("RO-2026-000002", "repair-order", 2026, 2));
    }

    @Test
    void sequencesAreIndependentOfEachOther() {
        Storage storage = open();
        storage.sequence(RO).next();
        assertThat(storage.sequence(SequenceFormat.continuous("receipt", "RCV", 4)).next().text()).isEqualTo("RCV-0001");
    }

    @Nested
    class Years {

        @Test
        void counterRestartsEachYearAtMidnightInShanghai() {
            Sequence numbers = open().sequence(RO);
            clock.set(Instant.parse("2026-12-31T15:59:59Z"));
            assertThat(numbers.next().text()).isEqualTo("RO-2026-000001");
            assertThat(numbers.next().text()).isEqualTo("RO-2026-000002");
            clock.set(Instant.parse("2026-12-31T16:00:00Z"));
            assertThat(numbers.next().text()).isEqualTo("RO-2027-000001");
        }

        @Test
        void theZoneIsConfigurable() {
            Sequence numbers = open(storage().zone(ZoneOffset.UTC)).sequence(RO);
            clock.set(Instant.parse("2026-12-31T16:00:00Z"));
            assertThat(numbers.next().text()).isEqualTo("RO-2026-000001");
        }

        @Test
        void aContinuousSequenceNeverRestarts() {
            Sequence numbers = open().sequence(SequenceFormat.continuous("receipt", "RCV", 6));
            numbers.next();
            clock.set(Instant.parse("2030-06-01T00:00:00Z"));
            assertThat(numbers.next()).isEqualTo(new IssuedNumber("RCV-000002", "receipt", 0, 2));
        }
    }

    @Test
    void refusesToOverflowTheCounterWidth() {
        Sequence numbers = open().sequence(SequenceFormat.yearly("tiny", "T", 1));
        for (int i = 1; i <= 9; i++) {
            assertThat(numbers.next().counter()).isEqualTo(i);
        }
        assertThatThrownBy(numbers::next).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.rule()).isEqualTo("sequence.overflow");
            assertThat(e.text().en()).contains("tiny", "at most 9", "digits");
        });
    }

    @Test
    void C7_manyThreadsGetEveryNumberOnceWithoutGaps() throws InterruptedException {
        Sequence numbers = open().sequence(SequenceFormat.yearly("busy", "B", 7));
        int threads = threads();
        int each = operationsPerThread();
        long[][] taken = new long[threads][each];
        concurrently(threads, t -> {
            for (int i = 0; i < each; i++) {
                taken[t][i] = numbers.next().counter();
            }
        });
        assertGapFree(taken, threads * each);
    }

    @Nested
    class InUnitsOfWork {

        @Test
        void C7_aRolledBackUnitBurnsNoNumber() {
            Storage storage = open();
            assertThatThrownBy(() -> storage.run(work -> {
                assertThat(work.sequence(RO).next().counter()).isEqualTo(1);
                assertThat(work.sequence(RO).next().counter()).isEqualTo(2);
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            assertThat(storage.sequence(RO).next().counter()).isEqualTo(1);
        }

        @Test
        void aCommittedUnitKeepsItsNumbers() {
            Storage storage = open();
            IssuedNumber inside = storage.inUnitOfWork(work -> {
                work.sequence(RO).next();
                return work.sequence(RO).next();
            });
            assertThat(inside.counter()).isEqualTo(2);
            assertThat(storage.sequence(RO).next().counter()).isEqualTo(3);
        }

        @Test
        void aHeldSequenceMakesOthersWaitThenRefuses() {
            Storage storage = open(storage().lockTimeout(Duration.ofMillis(100)));
            assertThatThrownBy(() -> storage.run(work -> {
                work.sequence(RO).next();
                storage.sequence(RO).next();
            })).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                    e -> assertThat(e.text().en()).contains("repair-order", "100 ms", "lockTimeout"));
            assertThat(storage.sequence(RO).next().counter()).isEqualTo(1);
        }

        @Test
        void C7_concurrentUnitsThatOftenRollBackLeaveNoGap() throws InterruptedException {
            Storage storage = open();
            int threads = threads();
            int each = Math.max(10, operationsPerThread() / 10);
            ConcurrentLinkedQueue<Long> committed = new ConcurrentLinkedQueue<>();
            concurrently(threads, t -> {
                for (int i = 0; i < each; i++) {
                    boolean rollBack = (i + t) % 3 == 0;
                    try {
                        long n = storage.inUnitOfWork(work -> {
                            long counter = work.sequence(RO).next().counter();
                            if (rollBack) {
                                throw new IllegalStateException("roll back");
                            }
                            return counter;
                        });
                        committed.add(n);
                    } catch (IllegalStateException expected) {
                        // rolled back on purpose
                    }
                }
            });
            List<Long> all = List.copyOf(committed);
            long[][] taken = {all.stream().mapToLong(Long::longValue).toArray()};
            assertGapFree(taken, all.size());
            assertThat(storage.sequence(RO).next().counter()).isEqualTo(all.size() + 1L);
        }
    }

    /**
     * Asserts the counters are exactly 1..expected, each once.
     *
     * @param taken the counters, per thread
     * @param expected how many there must be
     */
    protected static void assertGapFree(long[][] taken, int expected) {
        BitSet seen = new BitSet(expected + 1);
        int count = 0;
        for (long[] row : taken) {
            for (long n : row) {
                assertThat(n).as("counter in range").isBetween(1L, (long) expected);
                assertThat(seen.get((int) n)).as("counter %d taken twice", n).isFalse();
                seen.set((int) n);
                count++;
            }
        }
        assertThat(count).isEqualTo(expected);
        assertThat(seen.cardinality()).as("distinct counters, no gap").isEqualTo(expected);
    }
}
