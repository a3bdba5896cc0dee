package org.aftersales.store.jdbc;

import org.aftersales.core.error.StorageException;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.spi.CommitHook;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageTransaction;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JDBC store: a HikariCP pool, one {@link JdbcTable} per aggregate type, counter rows, and
 * the outbox as event log. Lock order, which rules out deadlock between commits of this
 * process: counter rows (from a unit's first take), aggregate rows (sorted by type name and id,
 * at commit), then the log head (under {@link #logLock}, so that this process tells its
 * subscribers of its commits one at a time, in log order).
 */
final class JdbcEngine implements StorageEngine {

    /** Work on one connection. */
    interface SqlWork<T> {
        T on(Connection c) throws SQLException;
    }

    final Dialect dialect;
    final String schema;
    final Duration lockTimeout;
    final JsonMapper mapper;
    final KeyCodec keys;
    final EventCodec events;
    final String counterTable;
    private final String headTable;
    private final String outboxTable;
    private final String typeTable;
    private final HikariDataSource pool;
    private final ConcurrentHashMap<String, JdbcTable<?, ?>> tables = new ConcurrentHashMap<>();
    private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();
    private final ReentrantLock logLock = new ReentrantLock();
    private final String nextCounterSql;
    private final String advanceHeadSql;
    private final String insertEventSql;
    private final String readEventsSql;

    JdbcEngine(JdbcStoreConfig config, Duration lockTimeout) {
        this.dialect = Dialect.of(config.url());
        this.schema = config.schema();
        this.lockTimeout = lockTimeout;
        this.mapper = config.mapper();
        this.keys = new KeyCodec(mapper);
        this.events = new EventCodec(mapper, config.eventTypes(), config.eventStreams());
        this.counterTable = schema + ".aftersales_counter";
        this.headTable = schema + ".aftersales_log_head";
        this.outboxTable = schema + ".aftersales_outbox";
        this.typeTable = schema + ".aftersales_type";
        this.nextCounterSql = dialect.updateReturning(counterTable, "counter_value = counter_value + 1",
                "sequence_name = ? AND period_no = ?", "counter_value");
        this.advanceHeadSql = dialect.updateReturning(headTable, "last_position = last_position + ?",
                "head_id = 1", "last_position");
        this.insertEventSql = "INSERT INTO " + outboxTable
                + " (log_position, event_id, event_type, event_stream, correlation_id, occurred_at, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?, " + dialect.jsonParameter() + ")";
        this.readEventsSql = "SELECT log_position, event_type, payload FROM " + outboxTable
                + " WHERE log_position > ? ORDER BY log_position LIMIT ?";

        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setConnectionTimeout(config.connectionTimeout().toMillis());
        hikari.setValidationTimeout(Math.min(config.connectionTimeout().toMillis(), 1000));
        hikari.setConnectionInitSql(dialect.lockTimeoutSql(lockTimeout));
        hikari.setPoolName("aftersales-" + schema);
        hikari.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(hikari);
        try {
            if (config.migrate()) {
                migrate(config);
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private void migrate(JdbcStoreConfig config) {
        try {
            // Flyway quotes the schema name: H2 folds unquoted names to upper case, PostgreSQL to lower
            String folded = dialect == Dialect.H2 ? schema.toUpperCase(Locale.ROOT) : schema;
            Flyway.configure(JdbcEngine.class.getClassLoader())
                    .dataSource(pool)
                    .schemas(folded)
                    .defaultSchema(folded)
                    .failOnMissingLocations(true)
                    .createSchemas(true)
                    .table("aftersales_schema_history")
                    .locations("classpath:db/aftersales-store/" + dialect.vendor())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException s) {
                    throw translate("migrate " + config.url() + " schema " + schema, s);
                }
            }
            throw e;
        }
    }

    // ---- connections and errors ------------------------------------------------------------

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Runs work on a connection in auto-commit mode, translating database failures. */
    <T> T autoCommit(String what, SqlWork<T> work) {
        try (Connection c = connection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /** Runs work in a short transaction of its own, translating database failures. */
    <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    static void rollbackQuietly(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException again) {
            failure.addSuppressed(again);
        }
    }

    StorageException translate(String what, SQLException e) {
        if (Dialect.isConnectionLost(e)) {
            return new StorageException(JdbcStorageProvider.UNAVAILABLE,
                    JdbcMessages.MESSAGES.text("jdbc.unavailable", what, e.getMessage()), e);
        }
        return new StorageException(JdbcStorageProvider.FAILED,
                JdbcMessages.MESSAGES.text("jdbc.failed", what, String.valueOf(e.getSQLState()), e.getMessage()), e);
    }

    // ---- tables ----------------------------------------------------------------------------

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        return table(type);
    }

    <ID extends Identifier, A extends Aggregate<ID>> JdbcTable<ID, A> table(AggregateType<ID, A> type) {
        JdbcTable<?, ?> table = tables.get(type.name());
        if (table == null) {
            synchronized (tables) {
                table = tables.get(type.name());
                if (table == null) {
                    table = create(type);
                    tables.put(type.name(), table);
                }
            }
        }
        if (table.type() != type && !table.type().sameAs(type)) {
            AggregateType<?, ?> known = table.type();
            throw new StorageException("store.typeMismatch", JdbcMessages.MESSAGES.text("jdbc.typeMismatch", known.name(),
                    known.idType().getName(), known.aggregateClass().getName()), null);
        }
        return typed(table, type);
    }

    // A table is made from the first AggregateType of its name; the check above proves the given
    // type has the same id class, snapshot class and indexes, so the table's are ID and A.
    @SuppressWarnings("unchecked")
    private static <ID extends Identifier, A extends Aggregate<ID>> JdbcTable<ID, A> typed(
            JdbcTable<?, ?> table, AggregateType<ID, A> type) {
        return (JdbcTable<ID, A>) table;
    }

    /** Creates (or finds) the table of a type and its index columns; records it in aftersales_type. */
    private <ID extends Identifier, A extends Aggregate<ID>> JdbcTable<ID, A> create(AggregateType<ID, A> type) {
        String tableName = identifier("as_" + type.name());
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Index<A, ?> index : type.indexes()) {
            String column = identifier("ix_" + index.name());
            if (!seen.add(column)) {
                String other = type.indexes().get(columns.indexOf(column)).name();
                throw new StorageException("store.columnTaken", JdbcMessages.MESSAGES.text("jdbc.columnTaken", other, index.name(),
                        type.name(), column), null);
            }
            columns.add(column);
        }
        String qualified = schema + "." + tableName;
        String wanted = String.join(",", columns);
        inTransaction("create the table of " + type.name(), c -> {
            String owner = null;
            String known = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT type_name, index_columns FROM " + typeTable + " WHERE table_name = ?")) {
                ps.setString(1, tableName);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        owner = rs.getString(1);
                        known = rs.getString(2);
                    }
                }
            }
            if (owner != null && !owner.equals(type.name())) {
                throw new StorageException("store.tableTaken", JdbcMessages.MESSAGES.text("jdbc.tableTaken", type.name(),
                        tableName, owner), null);
            }
            if (owner != null && Set.of(known.split(",")).containsAll(columns)) {
                return null; // already there: nothing to create (a read-only role may not create)
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + qualified + " (id " + dialect.keyType()
                        + " NOT NULL PRIMARY KEY, version BIGINT NOT NULL, snapshot " + dialect.jsonType() + " NOT NULL)");
                for (String column : columns) {
                    st.execute("ALTER TABLE " + qualified + " ADD COLUMN IF NOT EXISTS " + column + " " + dialect.keyType());
                    st.execute("CREATE INDEX IF NOT EXISTS " + identifier(tableName + "_" + column) + " ON " + qualified
                            + " (" + column + ", id)");
                }
            }
            String sql = owner == null
                    ? "INSERT INTO " + typeTable + " (index_columns, id_class, snapshot_class, type_name, table_name)"
                            + " VALUES (?, ?, ?, ?, ?)"
                    : "UPDATE " + typeTable + " SET index_columns = ?, id_class = ?, snapshot_class = ?"
                            + " WHERE type_name = ? AND table_name = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, wanted);
                ps.setString(2, type.idType().getName());
                ps.setString(3, type.aggregateClass().getName());
                ps.setString(4, type.name());
                ps.setString(5, tableName);
                ps.executeUpdate();
            }
            return null;
        });
        return new JdbcTable<>(this, type, qualified, columns);
    }

    /**
     * A lowercase SQL identifier from a name: dots and hyphens become underscores; names longer
     * than PostgreSQL's 63 characters are cut and given a hash of the whole.
     */
    static String identifier(String name) {
        String id = name.toLowerCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        if (id.length() <= 63) {
            return id;
        }
        return id.substring(0, 54) + "_" + String.format(Locale.ROOT, "%08x", id.hashCode());
    }

    // ---- counters --------------------------------------------------------------------------

    @Override
    public long nextNumber(String sequence, int period) {
        List<String> inserted = new ArrayList<>(1);
        long value = inTransaction("take a number of " + sequence, c -> takeNumber(c, sequence, period, inserted));
        knownCounters.addAll(inserted);
        return value;
    }

    /**
     * Takes the next counter on a connection inside a transaction, which holds the counter row
     * until it ends.
     *
     * @param inserted collects the counters this call created, known to all once committed
     */
    long takeNumber(Connection c, String sequence, int period, List<String> inserted) throws SQLException {
        String key = sequence + "/" + period;
        try {
            if (!knownCounters.contains(key) && !inserted.contains(key)) {
                if (dialect.ensureCounter(c, counterTable, sequence, period)) {
                    inserted.add(key);
                } else {
                    knownCounters.add(key);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(nextCounterSql)) {
                ps.setString(1, sequence);
                ps.setInt(2, period);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            if (dialect.isBusy(e)) {
                throw ConcurrentUpdateException.busy("sequence", key, lockTimeout);
            }
            throw e;
        }
    }

    void counterCommitted(List<String> inserted) {
        knownCounters.addAll(inserted);
    }

    // ---- the event log ---------------------------------------------------------------------

    /**
     * Appends a commit's events to the outbox and commits, then tells the hook; all under the
     * log lock, so this process announces its commits one at a time in log order.
     */
    List<StoredEvent> appendAndCommit(Connection c, List<DomainEvent> batch, CommitHook hook) throws SQLException {
        if (batch.isEmpty()) {
            commit(c);
            return List.of();
        }
        logLock.lock();
        try {
            long last;
            try (PreparedStatement ps = c.prepareStatement(advanceHeadSql)) {
                ps.setLong(1, batch.size());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
            } catch (SQLException e) {
                if (dialect.isBusy(e)) {
                    throw ConcurrentUpdateException.busy("event-log", "aftersales_outbox", lockTimeout);
                }
                throw e;
            }
            long first = last - batch.size() + 1;
            List<StoredEvent> stored = new ArrayList<>(batch.size());
            try (PreparedStatement ps = c.prepareStatement(insertEventSql)) {
                long position = first;
                for (DomainEvent e : batch) {
                    String name = events.nameOf(e);
                    EventMetadata m = e.metadata();
                    ps.setLong(1, position);
                    ps.setString(2, m.id().value());
                    ps.setString(3, name);
                    ps.setString(4, EventCodec.streamOf(name));
                    ps.setString(5, m.correlationId().value());
                    ps.setObject(6, OffsetDateTime.ofInstant(m.occurredAt(), ZoneOffset.UTC));
                    ps.setString(7, events.write(e));
                    ps.addBatch();
                    stored.add(new StoredEvent(position, e));
                    position++;
                }
                ps.executeBatch();
            }
            commit(c);
            List<StoredEvent> result = List.copyOf(stored);
            hook.afterVisible(result);
            return result;
        } finally {
            logLock.unlock();
        }
    }

    /** Commits; a connection lost during the commit itself leaves the outcome unknown. */
    private void commit(Connection c) throws SQLException {
        try {
            c.commit();
        } catch (SQLException e) {
            if (Dialect.isConnectionLost(e)) {
                throw new StorageException(JdbcStorageProvider.COMMIT_UNKNOWN,
                        JdbcMessages.MESSAGES.text("jdbc.commitUnknown", "commit", e.getMessage()), e);
            }
            throw e;
        }
    }

    @Override
    public List<StoredEvent> events(long afterPosition, int max) {
        if (afterPosition < 0) {
            throw new IllegalArgumentException("a log position is not negative: " + afterPosition);
        }
        return autoCommit("read the event log", c -> {
            List<StoredEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(readEventsSql)) {
                ps.setLong(1, afterPosition);
                ps.setInt(2, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long position = rs.getLong(1);
                        out.add(new StoredEvent(position, events.read(position, rs.getString(2), rs.getString(3))));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public StorageTransaction begin() {
        return new JdbcTransaction(this);
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "JDBC store (" + dialect.vendor() + ", schema " + schema + ")";
    }
}
