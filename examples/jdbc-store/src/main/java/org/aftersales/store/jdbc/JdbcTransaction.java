package org.aftersales.store.jdbc;

import org.aftersales.core.error.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
import org.aftersales.core.store.spi.StagedSaves;
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

    private final JdbcEngine engine;
    private final StagedSaves<JdbcTable<?, ?>> saves = new StagedSaves<>(this::checkOpen);
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
        JdbcTable<ID, A> table = engine.table(type);
        return saves.view(type, table, new Committed<>(table));
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
        List<StagedSaves.Save<JdbcTable<?, ?>>> staged = saves.inCommitOrder();
        List<JdbcTable<?, ?>.Write> writes = new ArrayList<>(staged.size());
        List<DomainEvent> batch = List.copyOf(events);
        try {
            for (StagedSaves.Save<JdbcTable<?, ?>> s : staged) {
                writes.add(plan(s.table(), s));
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

    private static <ID extends Identifier, A extends Aggregate<ID>> JdbcTable<ID, A>.Write plan(
            JdbcTable<ID, A> table, StagedSaves.Save<?> s) {
        return table.plan(table.type().aggregateClass().cast(s.value()), s.base(), s.version());
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
        saves.clear();
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

    /** What a unit of work's view reads where it staged nothing: the database, on the transaction's connection. */
    private final class Committed<ID extends Identifier, A extends Aggregate<ID>> implements StagedSaves.Committed<ID, A> {

        private final JdbcTable<ID, A> table;

        Committed(JdbcTable<ID, A> table) {
            this.table = table;
        }

        @Override
        public ID idOf(A aggregate) {
            return table.idOf(aggregate);
        }

        @Override
        public Optional<Versioned<A>> find(ID id) {
            return onConnection("find " + table.type().name() + " " + id.value(), c -> table.findOn(c, id));
        }

        @Override
        public long version(ID id) {
            return onConnection("save " + table.type().name() + " " + id.value(), c -> table.versionOn(c, id));
        }

        @Override
        public <K> List<Versioned<A>> findBy(Index<A, K> index, K key) {
            Objects.requireNonNull(key, "key");
            String column = table.column(index);
            String encoded = engine.keys.encode(key, index.isSorted(), index.name(), table.type().name());
            return onConnection("query " + table.type().name() + " by " + index.name(),
                    c -> table.queryOn(c, index, column, key, encoded));
        }

        @Override
        public <K extends Comparable<? super K>> List<Versioned<A>> findRange(Index<A, K> index, K fromInclusive,
                K toExclusive) {
            String column = table.column(index);
            table.checkSorted(index);
            return onConnection("query " + table.type().name() + " by " + index.name(),
                    c -> table.rangeOn(c, index, column, fromInclusive, toExclusive));
        }

        @Override
        public void check(A aggregate, long base, long version) {
            table.plan(aggregate, base, version); // fails now, not at commit, on a key it cannot store
        }
    }
}
