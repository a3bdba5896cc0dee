package org.aftersales.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.id.Identifier;

/**
 * Describes one kind of aggregate to the storage: its stable name (a table or collection
 * name to a store), its id and snapshot classes, and the {@link Index indexes} its queries
 * need. Immutable; declare it once as a constant beside the repository interface.
 *
 * <pre>{@code
 * AggregateType<BinCode, Bin> BINS = AggregateType.of("bin", BinCode.class, Bin.class)
 *         .withIndex(BY_PART_NUMBER);
 * }</pre>
 *
 * @param <ID> the id type
 * @param <A> the snapshot type
 */
public final class AggregateType<ID extends Identifier, A extends Aggregate<ID>> {

    private final String name;
    private final Class<ID> idType;
    private final Class<A> aggregateClass;
    private final Map<String, Index<A, ?>> indexes;

    private AggregateType(String name, Class<ID> idType, Class<A> aggregateClass, Map<String, Index<A, ?>> indexes) {
        this.name = Index.checkName(name);
        this.idType = Objects.requireNonNull(idType, "idType");
        this.aggregateClass = Objects.requireNonNull(aggregateClass, "aggregateClass");
        this.indexes = indexes;
    }

    /**
     * An aggregate type without indexes.
     *
     * @param name the stable name, lowercase letters, digits, dots and hyphens, such as
     *     {@code repair-order}; a store may use it as a table name, so never rename it
     * @param idType the id class
     * @param aggregateClass the snapshot class
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @return the type
     * @throws org.aftersales.core.error.ValidationException if the name is not valid
     */
    public static <ID extends Identifier, A extends Aggregate<ID>> AggregateType<ID, A> of(
            String name, Class<ID> idType, Class<A> aggregateClass) {
        return new AggregateType<>(name, idType, aggregateClass, Map.of());
    }

    /**
     * The same type with one more index.
     *
     * @param index the index
     * @return a new type
     * @throws IllegalArgumentException if an index of that name is already declared
     */
    public AggregateType<ID, A> withIndex(Index<A, ?> index) {
        Objects.requireNonNull(index, "index");
        if (indexes.containsKey(index.name())) {
            throw new IllegalArgumentException("aggregate type " + name + " already has an index named " + index.name());
        }
        Map<String, Index<A, ?>> more = new LinkedHashMap<>(indexes);
        more.put(index.name(), index);
        return new AggregateType<>(name, idType, aggregateClass, java.util.Collections.unmodifiableMap(more));
    }

    /** @return the stable name */
    public String name() {
        return name;
    }

    /** @return the id class */
    public Class<ID> idType() {
        return idType;
    }

    /** @return the snapshot class */
    public Class<A> aggregateClass() {
        return aggregateClass;
    }

    /** @return the declared indexes, in declaration order */
    public List<Index<A, ?>> indexes() {
        return List.copyOf(new ArrayList<>(indexes.values()));
    }

    /**
     * Finds a declared index by name.
     *
     * @param indexName the name
     * @return the index, or empty
     */
    public Optional<Index<A, ?>> index(String indexName) {
        return Optional.ofNullable(indexes.get(indexName));
    }

    /**
     * Whether another description describes the same stored type: same name, classes and index
     * names. Stores use it to refuse two different types under one name.
     *
     * @param other the other description
     * @return true when both describe the same type
     */
    public boolean sameAs(AggregateType<?, ?> other) {
        return name.equals(other.name) && idType == other.idType && aggregateClass == other.aggregateClass
                && indexes.keySet().equals(other.indexes.keySet());
    }

    @Override
    public String toString() {
        return "aggregate type " + name + " (" + aggregateClass.getSimpleName() + " by " + idType.getSimpleName()
                + ", indexes " + indexes.keySet() + ")";
    }
}
