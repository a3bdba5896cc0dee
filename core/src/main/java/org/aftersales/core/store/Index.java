package org.aftersales.core.store;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aftersales.core.error.Violations;

/**
 * A query key of an aggregate type that a store keeps an index for, such as "bins by part
 * number" or "open complaints by deadline". Declared once, as a constant beside the
 * repository interface that queries it, and listed in the {@link AggregateType}; every store
 * answers {@code findBy} (and, for sorted indexes, {@code findRange}) from it, so a store can
 * index it natively (a hash map in memory, a column with a database index in JDBC).
 *
 * <p>The key function reads the key from a snapshot. It must be pure and cheap, and may
 * return null: the aggregate is then not in the index (a partial index; "open complaints by
 * deadline" returns null for closed ones).
 *
 * @param <A> the aggregate type
 * @param <K> the key type; must have value equality ({@code equals}/{@code hashCode})
 */
public final class Index<A, K> {

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{0,39}");

    private final String name;
    private final Function<? super A, ? extends K> key;
    private final Comparator<K> order;

    private Index(String name, Function<? super A, ? extends K> key, Comparator<K> order) {
        this.name = checkName(name);
        this.key = Objects.requireNonNull(key, "key");
        this.order = order;
    }

    /**
     * An index answering equality queries.
     *
     * @param name the index name, unique within its aggregate type: lowercase letters, digits,
     *     dots and hyphens, such as {@code part-number}
     * @param key reads the key of a snapshot, or null to leave it out of the index
     * @param <A> the aggregate type
     * @param <K> the key type
     * @return the index
     * @throws org.aftersales.core.error.ValidationException if the name is not valid
     */
    public static <A, K> Index<A, K> exact(String name, Function<? super A, ? extends K> key) {
        return new Index<>(name, key, null);
    }

    /**
     * An index answering equality and range queries, in key order.
     *
     * @param name the index name, as for {@link #exact}
     * @param key reads the key of a snapshot, or null to leave it out of the index
     * @param <A> the aggregate type
     * @param <K> the key type, naturally ordered consistently with equals
     * @return the index
     * @throws org.aftersales.core.error.ValidationException if the name is not valid
     */
    public static <A, K extends Comparable<? super K>> Index<A, K> sorted(
            String name, Function<? super A, ? extends K> key) {
        return new Index<>(name, key, Comparator.<K>naturalOrder());
    }

    /** @return the index name */
    public String name() {
        return name;
    }

    /** @return true when the index answers range queries */
    public boolean isSorted() {
        return order != null;
    }

    /** @return the key order of a sorted index, or empty for an exact one */
    public Optional<Comparator<K>> keyOrder() {
        return Optional.ofNullable(order);
    }

    /**
     * Reads the key of a snapshot.
     *
     * @param aggregate the snapshot
     * @return its key, or null when it is not in the index
     */
    public K keyOf(A aggregate) {
        return key.apply(aggregate);
    }

    @Override
    public String toString() {
        return (order != null ? "sorted index " : "index ") + name;
    }

    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            new Violations(StoreMessages.MESSAGES).add("name", "store.name", name).throwIfPresent();
        }
        return name;
    }
}
