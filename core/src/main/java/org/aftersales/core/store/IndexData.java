package org.aftersales.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.aftersales.core.id.Identifier;

/**
 * The in-memory form of one {@link Index}: key to ids (hash) or (key, id) pairs in key order
 * (sorted). Entries are added before a snapshot becomes visible and removed after, and
 * readers re-check each hit against the visible snapshot, so a query never misses a visible
 * match and never returns a snapshot whose key differs.
 *
 * @param <ID> the id type
 * @param <A> the snapshot type
 * @param <K> the key type
 */
final class IndexData<ID extends Identifier, A, K> {

    /** One (key, id) pair of a sorted index. */
    record Entry<ID, K>(K key, String idText, ID id) {
    }

    private final Index<A, K> index;
    private final Map<K, Set<ID>> exact;
    private final NavigableSet<Entry<ID, K>> sorted;
    private final Comparator<K> order;

    IndexData(Index<A, K> index) {
        this.index = index;
        this.order = index.keyOrder().orElse(null);
        if (order == null) {
            this.exact = new ConcurrentHashMap<>();
            this.sorted = null;
        } else {
            this.exact = null;
            Comparator<Entry<ID, K>> byKey = (a, b) -> order.compare(a.key(), b.key());
            this.sorted = new ConcurrentSkipListSet<>(byKey.thenComparing(Entry::idText));
        }
    }

    Index<A, K> index() {
        return index;
    }

    /** A planned change of one aggregate's entry; keys are read before anything is visible. */
    final class Move {
        private final ID id;
        private final K oldKey;
        private final K newKey;

        Move(ID id, A oldValue, A newValue) {
            this.id = id;
            this.oldKey = oldValue == null ? null : index.keyOf(oldValue);
            this.newKey = newValue == null ? null : index.keyOf(newValue);
        }

        boolean changes() {
            return !Objects.equals(oldKey, newKey);
        }

        void addNew() {
            if (newKey == null) {
                return;
            }
            if (sorted != null) {
                sorted.add(new Entry<>(newKey, id.value(), id));
            } else {
                exact.compute(newKey, (k, ids) -> {
                    Set<ID> set = ids == null ? ConcurrentHashMap.newKeySet() : ids;
                    set.add(id);
                    return set;
                });
            }
        }

        void removeOld() {
            if (oldKey == null) {
                return;
            }
            if (sorted != null) {
                sorted.remove(new Entry<>(oldKey, id.value(), id));
            } else {
                exact.computeIfPresent(oldKey, (k, ids) -> {
                    ids.remove(id);
                    return ids.isEmpty() ? null : ids;
                });
            }
        }
    }

    /**
     * Ids whose entry has the key; callers re-check against the visible snapshot.
     *
     * @param key the key
     * @return candidate ids
     */
    List<ID> candidates(K key) {
        if (sorted != null) {
            return ids(sorted.subSet(new Entry<>(key, "", null), true, new Entry<>(key, "\uffff", null), true));
        }
        Set<ID> ids = exact.get(key);
        return ids == null ? List.of() : new ArrayList<>(ids);
    }

    /**
     * Entries in the range, in key then id order; callers re-check each against the visible
     * snapshot
     *
     * @param from lowest key or null
     * @param to key above the highest, or null
     * @return candidate entries
     */
    List<Entry<ID, K>> range(K from, K to) {
        NavigableSet<Entry<ID, K>> view = sorted;
        if (from != null && to != null) {
            if (order.compare(from, to) >= 0) {
                return List.of();
            }
            view = sorted.subSet(new Entry<>(from, "", null), true, new Entry<>(to, "", null), false);
        } else if (from != null) {
            view = sorted.tailSet(new Entry<>(from, "", null), true);
        } else if (to != null) {
            view = sorted.headSet(new Entry<>(to, "", null), false);
        }
        return new ArrayList<>(view);
    }

    private List<ID> ids(Set<Entry<ID, K>> entries) {
        List<ID> out = new ArrayList<>();
        for (Entry<ID, K> e : entries) {
            out.add(e.id());
        }
        return out;
    }
}
