package org.aftersales.core.store.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Versioned;

/**
 * The saves a unit of work has staged but not yet committed, and each repository's view through
 * them: a staged snapshot first, the store's committed state otherwise, so a unit of work reads
 * its own writes. A save is checked at once against the staged or the committed version (a
 * stale one throws {@link ConcurrentUpdateException} and stages nothing). For engines that write
 * staged saves only at commit, as the in-memory store and the JDBC store do. Not thread-safe: one
 * per {@link StorageTransaction}.
 *
 * @param <T> the engine's handle of a table, kept with each staged save for the commit
 */
public final class StagedSaves<T> {

    /**
     * One staged save.
     *
     * @param table the engine's table handle given to {@link StagedSaves#view}
     * @param type the aggregate type
     * @param id the aggregate's id
     * @param value the snapshot to write
     * @param base the committed version the save is based on (0 for a new aggregate)
     * @param version the version it writes
     * @param <T> the table handle type
     */
    public record Save<T>(T table, AggregateType<?, ?> type, Identifier id, Aggregate<?> value, long base, long version) {

        private String sortKey() {
            return type.name() + '\u0000' + id.value();
        }
    }

    /**
     * The store's committed state of one aggregate type, which a view reads where nothing is
     * staged.
     *
     * @param <ID> the id type
     * @param <A> the snapshot type
     */
    public interface Committed<ID extends Identifier, A extends Aggregate<ID>> {

        /**
         * @param aggregate a snapshot about to be saved
         * @return its id, once the snapshot and its id are checked to be present
         */
        ID idOf(A aggregate);

        /**
         * @param id an id
         * @return the committed snapshot
         */
        Optional<Versioned<A>> find(ID id);

        /**
         * @param id an id
         * @return the committed version, 0 when there is none
         */
        long version(ID id);

        /**
         * @param index a declared index
         * @param key the key
         * @param <K> the key type
         * @return the committed snapshots with that key, in any order
         */
        <K> List<Versioned<A>> findBy(Index<A, K> index, K key);

        /**
         * @param index a declared sorted index
         * @param fromInclusive the lowest key, or null
         * @param toExclusive the key above the highest, or null
         * @param <K> the key type
         * @return the committed snapshots in the range, in any order
         */
        <K extends Comparable<? super K>> List<Versioned<A>> findRange(Index<A, K> index, K fromInclusive, K toExclusive);

        /**
         * Checks a save before it is staged, so that what the store cannot keep fails at the save,
         * not at the commit. Nothing by default.
         *
         * @param aggregate the snapshot
         * @param base the version it is based on
         * @param version the version it writes
         */
        default void check(A aggregate, long base, long version) {
        }
    }

    private record Key(String type, Identifier id) {
    }

    private final Map<Key, Save<T>> saves = new LinkedHashMap<>();
    private final Runnable checkOpen;

    /**
     * @param checkOpen called before every read and save through a view; throws when the unit of
     *     work has ended
     */
    public StagedSaves(Runnable checkOpen) {
        this.checkOpen = Objects.requireNonNull(checkOpen, "checkOpen");
    }

    /**
     * The unit of work's repository of one type: staged saves first, the committed state otherwise.
     *
     * @param type the aggregate type
     * @param table the engine's handle of its table, kept with each staged save
     * @param committed the committed state
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @return the repository
     */
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> view(
            AggregateType<ID, A> type, T table, Committed<ID, A> committed) {
        return new View<>(Objects.requireNonNull(type, "type"), table, Objects.requireNonNull(committed, "committed"));
    }

    /**
     * @return the staged saves by type name, then id: one fixed order for every unit of work, so
     *     that two commits never wait for each other in a cycle
     */
    public List<Save<T>> inCommitOrder() {
        List<Save<T>> out = new ArrayList<>(saves.values());
        out.sort(Comparator.comparing(Save::sortKey));
        return out;
    }

    /** @return whether nothing is staged */
    public boolean isEmpty() {
        return saves.isEmpty();
    }

    /** Drops every staged save. */
    public void clear() {
        saves.clear();
    }

    private final class View<ID extends Identifier, A extends Aggregate<ID>> implements Repository<ID, A> {

        private final AggregateType<ID, A> type;
        private final T table;
        private final Committed<ID, A> committed;

        View(AggregateType<ID, A> type, T table, Committed<ID, A> committed) {
            this.type = type;
            this.table = table;
            this.committed = committed;
        }

        @Override
        public AggregateType<ID, A> type() {
            return type;
        }

        private Versioned<A> staged(ID id) {
            Save<T> s = saves.get(new Key(type.name(), id));
            return s == null ? null : new Versioned<>(type.aggregateClass().cast(s.value()), s.version());
        }

        @Override
        public Optional<Versioned<A>> find(ID id) {
            checkOpen.run();
            Objects.requireNonNull(id, "id");
            Versioned<A> mine = staged(id);
            return mine != null ? Optional.of(mine) : committed.find(id);
        }

        @Override
        public Versioned<A> save(A aggregate, long expectedVersion) {
            checkOpen.run();
            ID id = committed.idOf(aggregate);
            Key key = new Key(type.name(), id);
            Save<T> before = saves.get(key);
            long base;
            if (before != null) {
                if (before.version() != expectedVersion) {
                    throw new ConcurrentUpdateException(type.name(), id.value(), expectedVersion, before.version());
                }
                base = before.base();
            } else {
                long actual = committed.version(id);
                if (actual != expectedVersion) {
                    throw new ConcurrentUpdateException(type.name(), id.value(), expectedVersion, actual);
                }
                base = expectedVersion;
            }
            committed.check(aggregate, base, expectedVersion + 1);
            saves.put(key, new Save<>(table, type, id, aggregate, base, expectedVersion + 1));
            return new Versioned<>(aggregate, expectedVersion + 1);
        }

        private List<Versioned<A>> mine() {
            List<Versioned<A>> out = new ArrayList<>();
            for (Save<T> s : saves.values()) {
                if (s.type().name().equals(type.name())) {
                    out.add(new Versioned<>(type.aggregateClass().cast(s.value()), s.version()));
                }
            }
            return out;
        }

        private boolean stagedHere(Versioned<A> v) {
            return saves.containsKey(new Key(type.name(), v.value().id()));
        }

        @Override
        public <K> List<Versioned<A>> findBy(Index<A, K> index, K key) {
            checkOpen.run();
            List<Versioned<A>> out = new ArrayList<>(committed.findBy(index, key));
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
            checkOpen.run();
            List<Versioned<A>> out = new ArrayList<>(committed.findRange(index, fromInclusive, toExclusive));
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
