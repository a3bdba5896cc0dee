package org.aftersales.core.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageSettings;
import org.aftersales.core.store.spi.StorageTransaction;

/**
 * The in-memory store: one {@link Table} per aggregate type, one {@link Counter} per sequence
 * and period, one {@link EventLog}. Lock order, which rules out deadlock between commits:
 * counters (held from a transaction's first take), then cells (sorted by type name and id),
 * then the log.
 */
final class MemoryEngine implements StorageEngine {

    private final ConcurrentHashMap<String, Table<?, ?>> tables = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final EventLog log = new EventLog();
    private final Duration lockTimeout;

    MemoryEngine(StorageSettings settings) {
        this.lockTimeout = settings.lockTimeout();
    }

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        return table(type);
    }

    <ID extends Identifier, A extends Aggregate<ID>> Table<ID, A> table(AggregateType<ID, A> type) {
        Table<?, ?> table = tables.get(type.name());
        if (table == null) {
            table = tables.computeIfAbsent(type.name(), name -> new Table<>(type));
        }
        if (table.type() != type && !table.type().sameAs(type)) {
            AggregateType<?, ?> known = table.type();
            throw new StorageException("store.typeMismatch", StoreMessages.MESSAGES.text("store.typeMismatch",
                    known.name(), known.idType().getName(), known.aggregateClass().getName()), null);
        }
        return typed(table, type);
    }

    // A table is created from the first AggregateType of its name; the check above proves the
    // given type has the same id class, snapshot class and indexes, so the table's are ID and A.
    @SuppressWarnings("unchecked")
    private static <ID extends Identifier, A extends Aggregate<ID>> Table<ID, A> typed(
            Table<?, ?> table, AggregateType<ID, A> type) {
        return (Table<ID, A>) table;
    }

    @Override
    public long nextNumber(String sequence, int period) {
        return counter(sequence, period).next(lockTimeout);
    }

    Counter counter(String sequence, int period) {
        String key = sequence + "/" + period;
        return counters.computeIfAbsent(key, Counter::new);
    }

    Duration lockTimeout() {
        return lockTimeout;
    }

    EventLog log() {
        return log;
    }

    @Override
    public StorageTransaction begin() {
        return new MemoryTransaction(this);
    }

    @Override
    public List<StoredEvent> events(long afterPosition, int max) {
        return log.read(afterPosition, max);
    }

    @Override
    public void close() {
        // Nothing to release: the data goes with the engine.
    }
}
