package org.aftersales.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.spi.StagedSaves;
import org.aftersales.core.internal.Checks;

/**
 * The committed aggregates of one type, with their indexes. Also the type's auto-commit
 * repository: a save locks one cell, checks its version and writes.
 *
 * @param <ID> the id type
 * @param <A> the snapshot type
 */
final class Table<ID extends Identifier, A extends Aggregate<ID>> implements Repository<ID, A>,
        StagedSaves.Committed<ID, A> {

    /** Orders snapshots by id text, the order queries answer in. */
    private final Comparator<Versioned<A>> byIdText = Comparator.comparing(v -> v.value().id().value());

    private final AggregateType<ID, A> type;
    private final ConcurrentHashMap<ID, Cell<A>> cells = new ConcurrentHashMap<>();
    private final Map<String, IndexData<ID, A, ?>> indexes = new LinkedHashMap<>();

    Table(AggregateType<ID, A> type) {
        this.type = type;
        for (Index<A, ?> index : type.indexes()) {
            indexes.put(index.name(), new IndexData<>(index));
        }
    }

    @Override
    public AggregateType<ID, A> type() {
        return type;
    }

    @Override
    public Optional<Versioned<A>> find(ID id) {
        return Optional.ofNullable(current(Objects.requireNonNull(id, "id")));
    }

    @Override
    public long version(ID id) {
        Versioned<A> committed = current(id);
        return committed == null ? 0 : committed.version();
    }

    Versioned<A> current(ID id) {
        Cell<A> cell = cells.get(id);
        return cell == null ? null : cell.read();
    }

    Cell<A> cell(ID id) {
        Cell<A> cell = cells.get(id);
        return cell != null ? cell : cells.computeIfAbsent(id, k -> new Cell<>());
    }

    @Override
    public Versioned<A> save(A aggregate, long expectedVersion) {
        ID id = idOf(aggregate);
        Cell<A> cell = cell(id);
        cell.lock.lock();
        try {
            if (indexes.isEmpty()) {
                // the common case, kept free of the planning objects: check, then write
                long actual = cell.versionLocked();
                if (actual != expectedVersion) {
                    throw new ConcurrentUpdateException(type.name(), id.value(), expectedVersion, actual);
                }
                cell.write(aggregate, expectedVersion + 1);
                return new Versioned<>(aggregate, expectedVersion + 1);
            }
            Write<ID, A> write = plan(id, cell, aggregate, expectedVersion, expectedVersion + 1);
            write.apply();
            return write.next;
        } finally {
            cell.lock.unlock();
        }
    }

    @Override
    public ID idOf(A aggregate) {
        Checks.required(aggregate, "aggregate");
        return Checks.required(aggregate.id(), "aggregate.id");
    }

    /**
     * Checks the version and reads every index key; the caller holds the cell's lock. Nothing
     * is visible until {@link Write#apply()}, which cannot fail.
     */
    Write<ID, A> plan(ID id, Cell<A> cell, A value, long base, long version) {
        A old = cell.valueLocked();
        long actual = cell.versionLocked();
        if (actual != base) {
            throw new ConcurrentUpdateException(type.name(), id.value(), base, actual);
        }
        Versioned<A> next = new Versioned<>(value, version);
        List<IndexData<ID, A, ?>.Move> moves = List.of();
        for (IndexData<ID, A, ?> data : indexes.values()) {
            IndexData<ID, A, ?>.Move move = data.new Move(id, old, value);
            if (move.changes()) {
                if (moves.isEmpty()) {
                    moves = new ArrayList<>(indexes.size());
                }
                moves.add(move);
            }
        }
        return new Write<>(cell, next, moves);
    }

    /** A checked write, ready to become visible. */
    static final class Write<ID extends Identifier, A> {
        private final Cell<A> cell;
        private final Versioned<A> next;
        private final List<IndexData<ID, A, ?>.Move> moves;

        Write(Cell<A> cell, Versioned<A> next, List<IndexData<ID, A, ?>.Move> moves) {
            this.cell = cell;
            this.next = next;
            this.moves = moves;
        }

        void apply() {
            for (IndexData<ID, A, ?>.Move move : moves) {
                move.addNew();
            }
            cell.write(next.value(), next.version());
            for (IndexData<ID, A, ?>.Move move : moves) {
                move.removeOld();
            }
        }
    }

    @Override
    public <K> List<Versioned<A>> findBy(Index<A, K> index, K key) {
        Objects.requireNonNull(key, "key");
        IndexData<ID, A, K> data = data(index);
        List<Versioned<A>> out = new ArrayList<>();
        for (ID id : data.candidates(key)) {
            Versioned<A> v = current(id);
            if (v != null && key.equals(index.keyOf(v.value()))) {
                out.add(v);
            }
        }
        out.sort(byIdText);
        return out;
    }

    @Override
    public <K extends Comparable<? super K>> List<Versioned<A>> findRange(Index<A, K> index, K fromInclusive, K toExclusive) {
        IndexData<ID, A, K> data = data(index);
        if (!index.isSorted()) {
            throw new StorageException("store.notSorted",
                    StoreMessages.MESSAGES.text("store.notSorted", index.name(), type.name()), null);
        }
        List<Versioned<A>> out = new ArrayList<>();
        for (IndexData.Entry<ID, K> e : data.range(fromInclusive, toExclusive)) {
            Versioned<A> v = current(e.id());
            if (v != null && e.key().equals(index.keyOf(v.value()))) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The data of a declared index, typed by the index itself.
     *
     * @throws IllegalArgumentException if the index is not the one the type declares
     */
    <K> IndexData<ID, A, K> data(Index<A, K> index) {
        IndexData<ID, A, ?> data = indexes.get(Objects.requireNonNull(index, "index").name());
        if (data == null || data.index() != index) {
            throw new StorageException("store.unknownIndex",
                    StoreMessages.MESSAGES.text("store.unknownIndex", type.name(), index.name()), null);
        }
        return typed(data, index);
    }

    // The map holds one IndexData per declared Index and the identity check above proves that
    // this one was built from the very Index object passed in, so its key type is K.
    @SuppressWarnings("unchecked")
    private static <ID extends Identifier, A, K> IndexData<ID, A, K> typed(IndexData<ID, A, ?> data, Index<A, K> index) {
        return (IndexData<ID, A, K>) data;
    }

    @Override
    public String toString() {
        return "in-memory table " + type.name() + " (" + cells.size() + " cells)";
    }
}
