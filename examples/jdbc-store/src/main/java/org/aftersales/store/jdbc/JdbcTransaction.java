package org.aftersales.store.jdbc;

import org.aftersales.core.error.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.store.spi.CommitHook;
import org.aftersales.core.store.spi.StorageTransaction;

/**
 * A unit of work on one database transaction. Saves are staged in memory (checked against the
 * stored version at once) and written at commit, so nothing of them is visible, or locked,
 * before; counters are updated in the transaction at once, so their rows stay locked until it
 * ends and a rollback gives the numbers back; events are staged. The commit writes the saves in
 * a fixed order with {@code UPDATE ... WHERE version = ?}, asks the hook, appends the events to
 * the outbox and commits: a stale save, a veto or any database failure rolls everything back.
 */
final class JdbcTransaction implements StorageTransaction {

    private record Key(String type, Identifier id) {
    }

    /** One staged save. */
    private record Pending<ID extends Identifier, A extends Aggregate<ID>>(JdbcTable<ID, A> table, A value, long base, long version) {
        String sortKey() {
            return table.sortKey(value.id());
        }
    }

    private final JdbcEngine engine;
    private final Map<Key, Pending<?, ?>> pending = new LinkedHashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<String> insertedCounters = new ArrayList<>();
    private Connection connection;
    private boolean ended;

    JdbcTransaction(JdbcEngine engine) {
        this.engine = engine;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = engine.connection();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    /** Runs work on the transaction's connection; a database failure ends the transaction. */
    private <T> T onConnection(String what, JdbcEngine.SqlWork<T> work) {
        checkOpen();
        try {
            return work.on(connection());
        } catch (SQLException e) {
            rollback();
            throw engine.translate(what, e);
        }
    }

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        checkOpen();
        return new View<>(engine.table(type));
    }

    @Override
    public long nextNumber(String sequence, int period) {
        return onConnection("take a number of " + sequence, c -> engine.takeNumber(c, sequence, period, insertedCounters));
    }

    @Override
    public void append(DomainEvent event) {
        checkOpen();
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public List<StoredEvent> commit(CommitHook hook) {
        Objects.requireNonNull(hook, "hook");
        checkOpen();
        List<Pending<?, ?>> saves = new ArrayList<>(pending.values());
        saves.sort(Comparator.comparing(Pending::sortKey));
        List<JdbcTable<?, ?>.Write> writes = new ArrayList<>(saves.size());
        List<DomainEvent> batch = List.copyOf(events);
        try {
            for (Pending<?, ?> p : saves) {
                writes.add(plan(p));
            }
            if (writes.isEmpty() && batch.isEmpty() && connection == null) {
                end();
                return List.of();
            }
            Connection c = connection();
            for (JdbcTable<?, ?>.Write w : writes) {
                if (!w.applyUnlessStale(c)) {
                    rollbackConnection();
                    long actual = w.table().versionOn(c, castId(w));
                    throw new ConcurrentUpdateException(w.table().type().name(), w.id.value(), w.base, actual);
                }
            }
            hook.beforeVisible(batch);
            List<StoredEvent> stored = engine.appendAndCommit(c, batch, hook);
            engine.counterCommitted(insertedCounters);
            return stored;
        } catch (SQLException e) {
            throw engine.translate("commit a unit of work", e);
        } finally {
            end();
        }
    }

    private static <ID extends Identifier, A extends Aggregate<ID>> JdbcTable<ID, A>.Write plan(Pending<ID, A> p) {
        return p.table().plan(p.value(), p.base(), p.version());
    }

    // The write was planned from the same table, so its id is that table's id type.
    @SuppressWarnings("unchecked")
    private static <ID extends Identifier> ID castId(JdbcTable<?, ?>.Write w) {
        return (ID) w.id;
    }

    @Override
    public void rollback() {
        if (!ended) {
            end();
        }
    }

    private void rollbackConnection() {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is closed next; the database discards the transaction anyway
            }
        }
    }

    /** Ends the transaction: rolls back whatever is not committed and gives the connection back. */
    private void end() {
        ended = true;
        pending.clear();
        events.clear();
        if (connection != null) {
            Connection c = connection;
            connection = null;
            try {
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
            } catch (SQLException ignored) {
                // a broken connection: the pool drops it and the database rolled back
            } finally {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // nothing more to give back
                }
            }
        }
    }

    private void checkOpen() {
        if (ended) {
            throw new StorageException("store.unitOfWorkEnded", JdbcMessages.MESSAGES.text("jdbc.unitOfWorkEnded"), null);
        }
    }

    /** The transaction's view of one table: staged saves first, the database otherwise. */
    private final class View<ID extends Identifier, A extends Aggregate<ID>> implements Repository<ID, A> {

        private final JdbcTable<ID, A> table;

        View(JdbcTable<ID, A> table) {
            this.table = table;
        }

        @Override
        public AggregateType<ID, A> type() {
            return table.type();
        }

        private Versioned<A> staged(ID id) {
            Pending<?, ?> p = pending.get(new Key(table.type().name(), id));
            return p == null ? null : new Versioned<>(table.type().aggregateClass().cast(p.value()), p.version());
        }

        @Override
        public Optional<Versioned<A>> find(ID id) {
            checkOpen();
            Objects.requireNonNull(id, "id");
            Versioned<A> mine = staged(id);
            if (mine != null) {
                return Optional.of(mine);
            }
            return onConnection("find " + table.type().name() + " " + id.value(), c -> table.findOn(c, id));
        }

        @Override
        public Versioned<A> save(A aggregate, long expectedVersion) {
            checkOpen();
            ID id = table.idOf(aggregate);
            Key key = new Key(table.type().name(), id);
            Pending<?, ?> before = pending.get(key);
            long base;
            if (before != null) {
                if (before.version() != expectedVersion) {
                    throw new ConcurrentUpdateException(table.type().name(), id.value(), expectedVersion, before.version());
                }
                base = before.base();
            } else {
                long actual = onConnection("save " + table.type().name() + " " + id.value(), c -> table.versionOn(c, id));
                if (actual != expectedVersion) {
                    throw new ConcurrentUpdateException(table.type().name(), id.value(), expectedVersion, actual);
                }
                base = expectedVersion;
            }
            table.plan(aggregate, base, expectedVersion + 1); // fails now, not at commit, on a key it cannot store
            pending.put(key, new Pending<>(table, aggregate, base, expectedVersion + 1));
            return new Versioned<>(aggregate, expectedVersion + 1);
        }

        private List<Versioned<A>> mine() {
            List<Versioned<A>> out = new ArrayList<>();
            for (Pending<?, ?> p : pending.values()) {
                if (p.table() == table) {
                    out.add(new Versioned<>(table.type().aggregateClass().cast(p.value()), p.version()));
                }
            }
            return out;
        }

        private boolean stagedHere(Versioned<A> v) {
            return pending.containsKey(new Key(table.type().name(), v.value().id()));
        }

        @Override
        public <K> List<Versioned<A>> findBy(Index<A, K> index, K key) {
            checkOpen();
            Objects.requireNonNull(key, "key");
            String column = table.column(index);
            String encoded = engine.keys.encode(key, index.isSorted(), index.name(), table.type().name());
            List<Versioned<A>> out = onConnection("query " + table.type().name() + " by " + index.name(),
                    c -> table.queryOn(c, index, column, key, encoded));
            out.removeIf(this::stagedHere);
            for (Versioned<A> v : mine()) {
                if (key.equals(index.keyOf(v.value()))) {
                    out.add(v);
                }
            }
            out.sort(Comparator.comparing(v -> v.value().id().value()));
            return out;
        }

        @Override
        public <K extends Comparable<? super K>> List<Versioned<A>> findRange(
                Index<A, K> index, K fromInclusive, K toExclusive) {
            checkOpen();
            String column = table.column(index);
            table.checkSorted(index);
            List<Versioned<A>> out = onConnection("query " + table.type().name() + " by " + index.name(),
                    c -> table.rangeOn(c, index, column, fromInclusive, toExclusive));
            out.removeIf(this::stagedHere);
            for (Versioned<A> v : mine()) {
                K k = index.keyOf(v.value());
                if (k != null && (fromInclusive == null || k.compareTo(fromInclusive) >= 0)
                        && (toExclusive == null || k.compareTo(toExclusive) < 0)) {
                    out.add(v);
                }
            }
            table.sortByKey(index, out);
            return out;
        }
    }
}
