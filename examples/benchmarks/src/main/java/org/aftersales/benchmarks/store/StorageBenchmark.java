package org.aftersales.benchmarks.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of {@code find} and versioned {@code save} on the in-memory store (C7), beside a bare
 * {@link ConcurrentHashMap} {@code get}/{@code put}: the floor, what a user would write without
 * the library (no versions, no stale-write check, no indexes, no units of work). One and two
 * threads; with two, each thread saves its own aggregates (no conflicts), and all threads read
 * all of them. Saves store either the same snapshot object again or a fresh one, as a
 * read-modify-write does. Goal: within 3x of the floor.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests && java -jar
 * examples/benchmarks/target/benchmarks.jar StorageBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StorageBenchmark {

    /** Aggregates each thread saves. */
    static final int PER_THREAD = 1024;
    /** At most this many threads. */
    static final int MAX_THREADS = 2;
    static final int KEYS = PER_THREAD * MAX_THREADS;

    /** A small stock snapshot. */
    public record Stock(PartNumber id, long onHand) implements Aggregate<PartNumber> {
    }

    static final AggregateType<PartNumber, Stock> STOCK = AggregateType.of("bench-stock", PartNumber.class, Stock.class);

    /** What is measured: the library's store or the floor. */
    interface Target {
        Object find(PartNumber id);

        Object save(Stock stock, long expectedVersion);
    }

    /** The in-memory store through the public API. */
    static final class Memory implements Target {
        private final Repository<PartNumber, Stock> repository = Storage.inMemory().repository(STOCK);

        @Override
        public Optional<Versioned<Stock>> find(PartNumber id) {
            return repository.find(id);
        }

        @Override
        public Versioned<Stock> save(Stock stock, long expectedVersion) {
            return repository.save(stock, expectedVersion);
        }
    }

    /** The floor: a bare concurrent map. */
    static final class Map implements Target {
        private final ConcurrentHashMap<PartNumber, Stock> map = new ConcurrentHashMap<>();

        @Override
        public Stock find(PartNumber id) {
            return map.get(id);
        }

        @Override
        public Stock save(Stock stock, long expectedVersion) {
            return map.put(stock.id(), stock);
        }
    }

    /** The store under test, filled with {@value #KEYS} aggregates at version 1. */
    @State(Scope.Benchmark)
    public static class Shared {

        /** Which implementation. */
        @Param({"aftersales-memory", "ConcurrentHashMap"})
        public String store;

        Target target;
        final PartNumber[] ids = new PartNumber[KEYS];
        final Stock[] stocks = new Stock[KEYS];
        final AtomicInteger threads = new AtomicInteger();

        /** Fills the store. */
        @Setup
        public void fill() {
            target = "ConcurrentHashMap".equals(store) ? new Map() : new Memory();
            for (int i = 0; i < KEYS; i++) {
                ids[i] = PartNumber.of("P-" + i);
                stocks[i] = new Stock(ids[i], i);
                target.save(stocks[i], Versioned.NEW);
            }
        }
    }

    /** What a save stores; used by the save benchmarks only. */
    @State(Scope.Benchmark)
    public static class SaveMode {

        /**
         * The same snapshot object again ({@code reused}), or a new snapshot made for the save
         * ({@code fresh}), as a read-modify-write does.
         */
        @Param({"reused", "fresh"})
        public String snapshot;

        boolean fresh;

        /** Reads the parameter. */
        @Setup
        public void read() {
            fresh = "fresh".equals(snapshot);
        }
    }

    /** One thread's cursor and the versions of the aggregates it saves. */
    @State(Scope.Thread)
    public static class Cursor {
        int base;
        int read;
        int written;
        final long[] versions = new long[PER_THREAD];

        /**
         * Takes this thread's share of the aggregates.
         *
         * @param shared the store
         */
        @Setup
        public void take(Shared shared) {
            base = shared.threads.getAndIncrement() * PER_THREAD;
            java.util.Arrays.fill(versions, 1);
        }
    }

    private static Object find(Shared s, Cursor c) {
        c.read = (c.read + 1) & (KEYS - 1);
        return s.target.find(s.ids[c.read]);
    }

    private static Object save(Shared s, SaveMode mode, Cursor c) {
        int slot = c.written = (c.written + 1) & (PER_THREAD - 1);
        Stock stock = s.stocks[c.base + slot];
        if (mode.fresh) {
            stock = new Stock(stock.id(), c.versions[slot]);
        }
        Object result = s.target.save(stock, c.versions[slot]);
        c.versions[slot]++;
        return result;
    }

    /**
     * @param s the store
     * @param c this thread's cursor
     * @return the found snapshot
     */
    @Benchmark
    @Threads(1)
    public Object find1Thread(Shared s, Cursor c) {
        return find(s, c);
    }

    /**
     * @param s the store
     * @param c this thread's cursor
     * @return the found snapshot
     */
    @Benchmark
    @Threads(2)
    public Object find2Threads(Shared s, Cursor c) {
        return find(s, c);
    }

    /**
     * @param s the store
     * @param mode what a save stores
     * @param c this thread's cursor
     * @return the saved snapshot
     */
    @Benchmark
    @Threads(1)
    public Object save1Thread(Shared s, SaveMode mode, Cursor c) {
        return save(s, mode, c);
    }

    /**
     * @param s the store
     * @param mode what a save stores
     * @param c this thread's cursor
     * @return the saved snapshot
     */
    @Benchmark
    @Threads(2)
    public Object save2Threads(Shared s, SaveMode mode, Cursor c) {
        return save(s, mode, c);
    }
}
