package org.aftersales.benchmarks.serviceflow;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.store.Storage;
import org.aftersales.store.jdbc.JdbcStorageProvider;
import org.aftersales.store.jdbc.JdbcStoreConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Whole repair orders per second from two threads on one shared store (E2, C7): each thread
 * walks the 23 commands of {@link ServiceFlowBenchmark#wholeOrder} with a desk and team of its
 * own, over one storage that both share (numbers, event log and tables). {@code store} is
 * {@code memory}, {@code h2} (in-memory H2 through the JDBC store) or {@code postgresql}, which
 * needs {@code AFTERSALES_BENCH_PG_URL} (and {@code AFTERSALES_BENCH_PG_USER}, default
 * {@code postgres}). For scale: a large dealership does a few hundred orders a day.
 *
 * <p>Run: {@code AFTERSALES_BENCH_PG_URL=jdbc:postgresql://127.0.0.1:55432/postgres java -jar
 * examples/benchmarks/target/benchmarks.jar OrdersPerSecondBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}
 * (without PostgreSQL add {@code -p store=memory,h2}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class OrdersPerSecondBenchmark {

    /** The storage both threads share. */
    @State(Scope.Benchmark)
    public static class Shared {
        /** Which store. */
        @Param({"memory", "h2", "postgresql"})
        public String store;

        Storage storage;
        final AtomicInteger threads = new AtomicInteger();

        /** Opens the storage. */
        @Setup(Level.Trial)
        public void open() {
            if ("memory".equals(store)) {
                storage = Storage.builder().discovery(false).build();
                return;
            }
            JdbcStoreConfig config = "postgresql".equals(store)
                    ? JdbcStoreConfig.builder().url(required("AFTERSALES_BENCH_PG_URL"))
                            .user(System.getenv().getOrDefault("AFTERSALES_BENCH_PG_USER", "postgres"))
                            .password(System.getenv().getOrDefault("AFTERSALES_BENCH_PG_PASSWORD", ""))
                            .schema("bench_orders_" + System.nanoTime()).build()
                    : JdbcStoreConfig.builder().url("jdbc:h2:mem:bench-orders;DB_CLOSE_DELAY=-1").build();
            storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
        }

        /** Closes the storage. */
        @TearDown(Level.Trial)
        public void close() {
            storage.close();
        }

        private static String required(String name) {
            String value = System.getenv(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(name + " is not set; run with -p store=memory,h2 without PostgreSQL");
            }
            return value;
        }
    }

    /** One thread's desk and team over the shared storage. */
    @State(Scope.Thread)
    public static class ThreadDesk {
        final ServiceFlowBenchmark.Desk desk = new ServiceFlowBenchmark.Desk();

        /**
         * Builds this thread's desk over the shared storage.
         *
         * @param shared the shared storage
         */
        @Setup(Level.Trial)
        public void build(Shared shared) {
            desk.clock = new ServiceFlowBenchmark.DayClock();
            desk.open(shared.storage, "team-" + shared.threads.incrementAndGet());
        }
    }

    /**
     * One whole order.
     *
     * @param d this thread's desk
     * @return the order's id
     */
    @Benchmark
    public RepairOrderId wholeOrder(ThreadDesk d) {
        return ServiceFlowBenchmark.walk(d.desk);
    }
}
