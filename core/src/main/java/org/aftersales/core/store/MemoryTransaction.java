package org.aftersales.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.spi.CommitHook;
import org.aftersales.core.store.spi.StorageTransaction;

/**
 * A transaction of the in-memory store. Saves are staged (checked against the committed
 * version at once); counters are held from the first take until the end; events are staged.
 * The commit locks every touched cell in a fixed order, re-checks every version, reads every
 * index key, asks the hook, and only then writes: nothing after the hook can fail, so a commit
 * is all or nothing.
 */
final class MemoryTransaction implements StorageTransaction {

    private record Key(String type, Identifier id) {
    }

    /** One staged save. */
    private record Pending<ID extends Identifier, A extends Aggregate<ID>>(
            Table<ID, A> table, ID id, A value, long base, long version) {

        Table.Write<ID, A> plan() {
            return table.plan(id, table.cell(id), value, base, version);
        }

        Cell<A> cell() {
            return table.cell(id);
        }

        String sortKey() {
            return table.type().name() + '\u0000' + id.value();
        }
    }

    private final MemoryEngine engine;
    private final Map<Key, Pending<?, ?>> pending = new LinkedHashMap<>();
    private final Map<Counter, long[]> reserved = new LinkedHashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private boolean ended;

    MemoryTransaction(MemoryEngine engine) {
        this.engine = engine;
    }

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        checkOpen();
        return new View<>(engine.table(type));
    }

    @Override
    public long nextNumber(String sequence, int period) {
        checkOpen();
        Counter counter = engine.counter(sequence, period);
        long[] taken = reserved.get(counter);
        if (taken == null) {
            counter.acquire(engine.lockTimeout());
            taken = new long[1];
            reserved.put(counter, taken);
        }
        taken[0]++;
        return counter.value() + taken[0];
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
        ended = true;
        List<Pending<?, ?>> saves = new ArrayList<>(pending.values());
        saves.sort(Comparator.comparing(Pending::sortKey));
        List<Cell<?>> locked = new ArrayList<>(saves.size());
        try {
            for (Pending<?, ?> p : saves) {
                Cell<?> cell = p.cell();
                cell.lock.lock();
                locked.add(cell);
            }
            List<Table.Write<?, ?>> writes = new ArrayList<>(saves.size());
            for (Pending<?, ?> p : saves) {
                writes.add(p.plan());
            }
            List<DomainEvent> batch = List.copyOf(events);
            hook.beforeVisible(batch);
            // The commit point: from here on nothing can fail.
            for (Table.Write<?, ?> w : writes) {
                w.apply();
            }
            reserved.forEach((counter, taken) -> counter.advance(taken[0]));
            return batch.isEmpty() ? List.of() : engine.log().append(batch, hook);
        } finally {
            for (int i = locked.size() - 1; i >= 0; i--) {
                locked.get(i).lock.unlock();
            }
            releaseCounters();
        }
    }

    @Override
    public void rollback() {
        if (!ended) {
            ended = true;
            releaseCounters();
        }
    }

    private void releaseCounters() {
        reserved.keySet().forEach(Counter::release);
        reserved.clear();
        pending.clear();
        events.clear();
    }

    private void checkOpen() {
        if (ended) {
            throw new StorageException("store.unitOfWorkEnded", StoreMessages.MESSAGES.text("store.unitOfWorkEnded"), null);
        }
    }

    /** The transaction's view of one table: staged saves first, committed state otherwise. */
    private final class View<ID extends Identifier, A extends Aggregate<ID>> implements Repository<ID, A> {

        private final Table<ID, A> table;

        View(Table<ID, A> table) {
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
            return mine != null ? Optional.of(mine) : table.find(id);
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
                Versioned<A> committed = table.current(id);
                long actual = committed == null ? 0 : committed.version();
                if (actual != expectedVersion) {
                    throw new ConcurrentUpdateException(table.type().name(), id.value(), expectedVersion, actual);
                }
                base = expectedVersion;
            }
            pending.put(key, new Pending<>(table, id, aggregate, base, expectedVersion + 1));
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
            List<Versioned<A>> out = new ArrayList<>(table.findBy(index, key));
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
            List<Versioned<A>> out = new ArrayList<>(table.findRange(index, fromInclusive, toExclusive));
            out.removeIf(this::stagedHere);
            for (Versioned<A> v : mine()) {
                K k = index.keyOf(v.value());
                if (k != null && (fromInclusive == null || k.compareTo(fromInclusive) >= 0)
                        && (toExclusive == null || k.compareTo(toExclusive) < 0)) {
                    out.add(v);
                }
            }
            Comparator<Versioned<A>> byKey = Comparator.comparing(v -> index.keyOf(v.value()));
            out.sort(byKey.thenComparing(v -> v.value().id().value()));
            return out;
        }
    }
}
