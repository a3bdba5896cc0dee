package org.aftersales.store.jdbc;

import org.aftersales.core.error.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Versioned;
import tools.jackson.databind.JavaType;

/**
 * The table of one aggregate type: {@code id}, {@code version}, {@code snapshot} and one column
 * per declared index. Also the type's auto-commit repository: each save is one statement,
 * {@code UPDATE ... WHERE id = ? AND version = ?} (or an {@code INSERT} for a new aggregate).
 *
 * @param <ID> the id type
 * @param <A> the snapshot type
 */
final class JdbcTable<ID extends Identifier, A extends Aggregate<ID>> implements Repository<ID, A> {

    private final Comparator<Versioned<A>> byIdText = Comparator.comparing(v -> v.value().id().value());

    private final JdbcEngine engine;
    private final AggregateType<ID, A> type;
    private final List<Index<A, ?>> indexes;
    private final List<String> columns;
    private final JavaType javaType;
    private final String table;
    private final String selectSql;
    private final String versionSql;
    private final String insertSql;
    private final String updateSql;

    JdbcTable(JdbcEngine engine, AggregateType<ID, A> type, String table, List<String> columns) {
        this.engine = engine;
        this.type = type;
        this.indexes = type.indexes();
        this.columns = List.copyOf(columns);
        this.javaType = engine.mapper.constructType(type.aggregateClass());
        this.table = table;
        String json = engine.dialect.jsonParameter();
        this.selectSql = "SELECT version, snapshot FROM " + table + " WHERE id = ?";
        this.versionSql = "SELECT version FROM " + table + " WHERE id = ?";
        StringBuilder insert = new StringBuilder("INSERT INTO " + table + " (version, snapshot");
        StringBuilder values = new StringBuilder(" VALUES (?, " + json);
        StringBuilder update = new StringBuilder("UPDATE " + table + " SET version = ?, snapshot = " + json);
        for (String column : columns) {
            insert.append(", ").append(column);
            values.append(", ?");
            update.append(", ").append(column).append(" = ?");
        }
        this.insertSql = insert.append(", id)").append(values).append(", ?)").toString();
        this.updateSql = update.append(" WHERE id = ? AND version = ?").toString();
    }

    @Override
    public AggregateType<ID, A> type() {
        return type;
    }

    ID idOf(A aggregate) {
        new Violations(JdbcMessages.MESSAGES).required("aggregate", aggregate).throwIfPresent();
        new Violations(JdbcMessages.MESSAGES).required("aggregate.id", aggregate.id()).throwIfPresent();
        return aggregate.id();
    }

    String sortKey(ID id) {
        return type.name() + '\u0000' + id.value();
    }

    // ---- auto-commit repository ------------------------------------------------------------

    @Override
    public Optional<Versioned<A>> find(ID id) {
        Objects.requireNonNull(id, "id");
        return engine.autoCommit("find " + type.name() + " " + id.value(), c -> findOn(c, id));
    }

    /**
     * How often a write tries again when H2 reported its row as held by another writer and the
     * stored version is still the expected one; past it, the write is refused as a concurrent
     * update. Our default.
     */
    static final int HELD_RETRIES = 1_000;

    @Override
    public Versioned<A> save(A aggregate, long expectedVersion) {
        ID id = idOf(aggregate);
        Write write = plan(aggregate, expectedVersion, expectedVersion + 1);
        return engine.autoCommit("save " + type.name() + " " + id.value(), c -> {
            if (!write.applyUnlessStale(c)) {
                throw new ConcurrentUpdateException(type.name(), id.value(), expectedVersion, versionOn(c, id));
            }
            return new Versioned<>(aggregate, expectedVersion + 1);
        });
    }

    @Override
    public <K> List<Versioned<A>> findBy(Index<A, K> index, K key) {
        Objects.requireNonNull(key, "key");
        String column = column(index);
        String encoded = engine.keys.encode(key, index.isSorted(), index.name(), type.name());
        return engine.autoCommit("query " + type.name() + " by " + index.name(), c -> queryOn(c, index, column, key, encoded));
    }

    @Override
    public <K extends Comparable<? super K>> List<Versioned<A>> findRange(Index<A, K> index, K fromInclusive, K toExclusive) {
        String column = column(index);
        checkSorted(index);
        return engine.autoCommit("query " + type.name() + " by " + index.name(),
                c -> rangeOn(c, index, column, fromInclusive, toExclusive));
    }

    // ---- on a given connection (auto-commit or a unit of work's) ---------------------------

    Optional<Versioned<A>> findOn(Connection c, ID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectSql)) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs, id.value())) : Optional.empty();
            }
        }
    }

    long versionOn(Connection c, ID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(versionSql)) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private Versioned<A> row(ResultSet rs, String id) throws SQLException {
        long version = rs.getLong(1);
        String json = rs.getString(2);
        try {
            return new Versioned<>(AftersalesJson.read(engine.mapper, json, javaType), version);
        } catch (ValidationException e) {
            throw new StorageException(JdbcStorageProvider.UNREADABLE, JdbcMessages.MESSAGES.text(
                    "jdbc.unreadable", type.name(), id, type.aggregateClass().getName(), e.getMessage()), e);
        }
    }

    /** What one attempt of a write met. */
    enum Outcome {
        /** the row was written */
        WRITTEN,
        /** the stored version is not the base, or the row exists for a new one */
        STALE,
        /** H2 reported the row as held by another writer */
        HELD
    }

    /** A checked, encoded write: everything that can fail in Java happens before any statement. */
    final class Write {
        final ID id;
        final long base;
        final long version;
        private final String json;
        private final String[] keys;

        Write(ID id, String json, String[] keys, long base, long version) {
            this.id = id;
            this.json = json;
            this.keys = keys;
            this.base = base;
            this.version = version;
        }

        JdbcTable<ID, A> table() {
            return JdbcTable.this;
        }

        /**
         * Writes the row, for a save outside a unit of work and for a unit of work's commit alike.
         * H2 may report a row held by another writer as a concurrent update although that writer
         * changed nothing in the end, or its change is not visible yet; while the stored version
         * is still {@link #base}, this write is not stale, so it tries again (at most
         * {@link #HELD_RETRIES} times) once the other writer is done.
         *
         * @param c the connection, in auto-commit or inside the unit of work's transaction
         * @return false when the write is stale: the stored version is not {@link #base} (or the
         *     row exists for a new one)
         */
        boolean applyUnlessStale(Connection c) throws SQLException {
            for (int attempt = 1; ; attempt++) {
                Outcome outcome = apply(c);
                if (outcome != Outcome.HELD) {
                    return outcome == Outcome.WRITTEN;
                }
                if (attempt >= HELD_RETRIES || versionOn(c, id) != base) {
                    return false;
                }
                Thread.yield();
            }
        }

        private Outcome apply(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(base == 0 ? insertSql : updateSql)) {
                int i = 1;
                ps.setLong(i++, version);
                ps.setString(i++, json);
                for (String key : keys) {
                    ps.setString(i++, key);
                }
                ps.setString(i++, id.value());
                if (base != 0) {
                    ps.setLong(i, base);
                }
                return ps.executeUpdate() == 1 ? Outcome.WRITTEN : Outcome.STALE;
            } catch (SQLException e) {
                if (Dialect.isDuplicate(e)) {
                    return Outcome.STALE;
                }
                if (Dialect.isConcurrentUpdate(e)) {
                    return Outcome.HELD;
                }
                if (engine.dialect.isBusy(e)) {
                    throw ConcurrentUpdateException.busy(type.name(), id.value(), engine.lockTimeout);
                }
                throw e;
            }
        }
    }

    Write plan(A aggregate, long base, long version) {
        ID id = idOf(aggregate);
        String[] keys = new String[indexes.size()];
        for (int i = 0; i < keys.length; i++) {
            Index<A, ?> index = indexes.get(i);
            keys[i] = engine.keys.encode(index.keyOf(aggregate), index.isSorted(), index.name(), type.name());
        }
        return new Write(id, engine.mapper.writeValueAsString(aggregate), keys, base, version);
    }

    <K> List<Versioned<A>> queryOn(Connection c, Index<A, K> index, String column, K key, String encoded)
            throws SQLException {
        List<Versioned<A>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, snapshot, id FROM " + table + " WHERE " + column + " = ? ORDER BY id")) {
            ps.setString(1, encoded);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Versioned<A> v = row(rs, rs.getString(3));
                    if (key.equals(index.keyOf(v.value()))) {
                        out.add(v);
                    }
                }
            }
        }
        out.sort(byIdText);
        return out;
    }

    <K extends Comparable<? super K>> List<Versioned<A>> rangeOn(Connection c, Index<A, K> index, String column,
            K from, K to) throws SQLException {
        if (from != null && to != null && from.compareTo(to) >= 0) {
            return new ArrayList<>();
        }
        StringBuilder sql = new StringBuilder("SELECT version, snapshot, id FROM " + table + " WHERE " + column + " IS NOT NULL");
        if (from != null) {
            sql.append(" AND ").append(column).append(" >= ?");
        }
        if (to != null) {
            sql.append(" AND ").append(column).append(" < ?");
        }
        sql.append(" ORDER BY ").append(column).append(", id");
        List<Versioned<A>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (from != null) {
                ps.setString(i++, engine.keys.encode(from, true, index.name(), type.name()));
            }
            if (to != null) {
                ps.setString(i, engine.keys.encode(to, true, index.name(), type.name()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Versioned<A> v = row(rs, rs.getString(3));
                    K k = index.keyOf(v.value());
                    if (k != null && (from == null || k.compareTo(from) >= 0) && (to == null || k.compareTo(to) < 0)) {
                        out.add(v);
                    }
                }
            }
        }
        sortByKey(index, out);
        return out;
    }

    <K extends Comparable<? super K>> void sortByKey(Index<A, K> index, List<Versioned<A>> out) {
        Comparator<Versioned<A>> byKey = Comparator.comparing(v -> index.keyOf(v.value()));
        out.sort(byKey.thenComparing(byIdText));
    }

    /**
     * The column of a declared index.
     *
     * @throws org.aftersales.core.error.StorageException if the index is not the one the type declares
     */
    String column(Index<A, ?> index) {
        Objects.requireNonNull(index, "index");
        int at = indexes.indexOf(index);
        if (at < 0 || indexes.get(at) != index) {
            throw new StorageException("store.unknownIndex", JdbcMessages.MESSAGES.text("jdbc.unknownIndex", type.name(), index.name()), null);
        }
        return columns.get(at);
    }

    void checkSorted(Index<A, ?> index) {
        if (!index.isSorted()) {
            throw new StorageException("store.notSorted", JdbcMessages.MESSAGES.text("jdbc.notSorted", index.name(), type.name()), null);
        }
    }

    @Override
    public String toString() {
        return "JDBC table " + table + " of " + type.name();
    }
}
