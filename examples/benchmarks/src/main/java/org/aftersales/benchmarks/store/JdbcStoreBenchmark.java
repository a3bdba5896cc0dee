package org.aftersales.benchmarks.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.store.jdbc.JdbcStorageProvider;
import org.aftersales.store.jdbc.JdbcStoreConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cost of {@code find} and versioned {@code save} on the JDBC store (C7) beside a hand-written
 * JDBC floor that runs the same statements on the same table through its own HikariCP pool: a
 * {@code SELECT version, snapshot ... WHERE id = ?} read into the record with the same mapper,
 * and an {@code UPDATE ... SET version = ?, snapshot = ? WHERE id = ? AND version = ?}. The
 * in-memory store is in the same run for scale. Goal: the store within 1.3x of the floor on each
 * database.
 *
 * <p>{@code store} values: {@code memory}, {@code h2} and {@code h2-floor} (in-memory H2), and
 * {@code postgresql} and {@code postgresql-floor}, which need {@code AFTERSALES_BENCH_PG_URL}
 * (and {@code AFTERSALES_BENCH_PG_USER}, default {@code postgres}); without it, pass
 * {@code -p store=memory,h2,h2-floor}.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests && java -jar
 * examples/benchmarks/target/benchmarks.jar JdbcStoreBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JdbcStoreBenchmark {

    /** Aggregates in the table. */
    static final int KEYS = 1024;

    /** What is measured: a store through the public API, or the floor. */
    interface Target extends AutoCloseable {
        Object find(PartNumber id);

        void save(StorageBenchmark.Stock stock, long expectedVersion);

        @Override
        void close();
    }

    /** A storage (in memory or JDBC) through its repository. */
    static final class Store implements Target {
        private final Storage storage;
        private final Repository<PartNumber, StorageBenchmark.Stock> repository;

        Store(Storage storage) {
            this.storage = storage;
            this.repository = storage.repository(StorageBenchmark.STOCK);
        }

        @Override
        public Optional<Versioned<StorageBenchmark.Stock>> find(PartNumber id) {
            return repository.find(id);
        }

        @Override
        public void save(StorageBenchmark.Stock stock, long expectedVersion) {
            repository.save(stock, expectedVersion);
        }

        @Override
        public void close() {
            storage.close();
        }
    }

    /** The floor: the same statements by hand on the table the store made. */
    static final class Floor implements Target {
        private final HikariDataSource pool;
        private final JsonMapper mapper = AftersalesJson.mapper();
        private final String select;
        private final String update;

        Floor(JdbcStoreConfig config, String password) {
            HikariConfig hikari = new HikariConfig();
            hikari.setJdbcUrl(config.url());
            hikari.setUsername(config.user());
            hikari.setPassword(password);
            hikari.setMaximumPoolSize(config.poolSize());
            this.pool = new HikariDataSource(hikari);
            String table = config.schema() + ".as_bench_stock";
            String json = config.url().startsWith("jdbc:postgresql:") ? "CAST(? AS JSONB)" : "?";
            this.select = "SELECT version, snapshot FROM " + table + " WHERE id = ?";
            this.update = "UPDATE " + table + " SET version = ?, snapshot = " + json + " WHERE id = ? AND version = ?";
        }

        @Override
        public Object find(PartNumber id) {
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(select)) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Versioned<>(mapper.readValue(rs.getString(2), StorageBenchmark.Stock.class),
                            rs.getLong(1)) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void save(StorageBenchmark.Stock stock, long expectedVersion) {
            try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(update)) {
                ps.setLong(1, expectedVersion + 1);
                ps.setString(2, mapper.writeValueAsString(stock));
                ps.setString(3, stock.id().value());
                ps.setLong(4, expectedVersion);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("stale save of " + stock.id());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    /** The target, filled with {@value #KEYS} aggregates at version 1. */
    @State(Scope.Benchmark)
    public static class Shared {

        /** Which implementation. */
        @Param({"memory", "h2", "h2-floor", "postgresql", "postgresql-floor"})
        public String store;

        Target target;
        Storage filler;
        final PartNumber[] ids = new PartNumber[KEYS];
        final StorageBenchmark.Stock[] stocks = new StorageBenchmark.Stock[KEYS];
        final long[] versions = new long[KEYS];

        /** Opens the target and fills its table. */
        @Setup(Level.Trial)
        public void fill() {
            if ("memory".equals(store)) {
                target = new Store(Storage.inMemory());
                filler = null;
            } else {
                boolean pg = store.startsWith("postgresql");
                String password = pg ? env("AFTERSALES_BENCH_PG_PASSWORD", "") : "";
                JdbcStoreConfig config = pg
                        ? JdbcStoreConfig.builder().url(requiredEnv("AFTERSALES_BENCH_PG_URL"))
                                .user(env("AFTERSALES_BENCH_PG_USER", "postgres")).password(password)
                                .schema("bench_" + store.replace('-', '_')).build()
                        : JdbcStoreConfig.builder().url("jdbc:h2:mem:bench-" + store + ";DB_CLOSE_DELAY=-1").build();
                Storage storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
                storage.repository(StorageBenchmark.STOCK); // creates the table
                if (store.endsWith("-floor")) {
                    filler = storage;
                    target = new Floor(config, password);
                } else {
                    filler = null;
                    target = new Store(storage);
                }
            }
            for (int i = 0; i < KEYS; i++) {
                ids[i] = PartNumber.of("P-" + i);
                stocks[i] = new StorageBenchmark.Stock(ids[i], i);
            }
            Repository<PartNumber, StorageBenchmark.Stock> writer = filler != null ? filler.repository(StorageBenchmark.STOCK)
                    : null;
            for (int i = 0; i < KEYS; i++) {
                Optional<Versioned<StorageBenchmark.Stock>> old = writer != null ? writer.find(ids[i])
                        : target instanceof Store s ? s.find(ids[i]) : Optional.empty();
                long version = old.map(Versioned::version).orElse(0L);
                if (writer != null) {
                    writer.save(stocks[i], version);
                } else {
                    target.save(stocks[i], version);
                }
                versions[i] = version + 1;
            }
        }

        /** Closes the target. */
        @TearDown(Level.Trial)
        public void close() {
            target.close();
            if (filler != null) {
                filler.close();
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        private static String requiredEnv(String name) {
            String value = System.getenv(name);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(name + " is not set: give a PostgreSQL JDBC URL, or run with"
                        + " -p store=memory,h2,h2-floor");
            }
            return value;
        }
    }

    /**
     * Looks a random aggregate up.
     *
     * @param shared the target
     * @return the snapshot, for the blackhole
     */
    @Benchmark
    public Object find(Shared shared) {
        return shared.target.find(shared.ids[ThreadLocalRandom.current().nextInt(KEYS)]);
    }

    /**
     * Saves a random aggregate with its expected version (one thread: no conflicts).
     *
     * @param shared the target
     */
    @Benchmark
    public void save(Shared shared) {
        int i = ThreadLocalRandom.current().nextInt(KEYS);
        shared.target.save(shared.stocks[i], shared.versions[i]);
        shared.versions[i]++;
    }
}
