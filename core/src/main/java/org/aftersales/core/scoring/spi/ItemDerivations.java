package org.aftersales.core.scoring.spi;

import org.aftersales.core.error.PluginFailureException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.aftersales.core.scoring.EventCountDerivation;
import org.aftersales.core.scoring.EventResponseDerivation;

/**
 * The derivations a catalogue may name, by kind (S3). Immutable: {@link #with(ItemDerivation)}
 * returns a new set. See {@link ItemDerivation} for discovery and order.
 */
public final class ItemDerivations {

    private final Map<String, ItemDerivation> byKind;

    private ItemDerivations(Map<String, ItemDerivation> byKind) {
        this.byKind = Map.copyOf(byKind);
    }

    /** @return the built-in derivations only, with no discovery */
    public static ItemDerivations builtIn() {
        return of(List.of(new EventResponseDerivation(), new EventCountDerivation()));
    }

    /**
     * The built-ins and every derivation {@link ServiceLoader} finds on the module path or
     * class path; of two with the same kind the lower {@link ItemDerivation#order()} wins.
     *
     * @return the derivations
     * @throws org.aftersales.core.error.PluginFailureException when a provider cannot be
     *     loaded
     */
    public static ItemDerivations standard() {
        List<ItemDerivation> all = new ArrayList<>(builtIn().byKind.values());
        try {
            ServiceLoader.load(ItemDerivation.class, ItemDerivation.class.getClassLoader()).forEach(all::add);
        } catch (ServiceConfigurationError e) {
            throw PluginFailureException.failed("service-loader", e);
        }
        return of(all);
    }

    /**
     * Exactly the given derivations; of two with the same kind the lower order wins.
     *
     * @param derivations the derivations
     * @return the set
     */
    public static ItemDerivations of(List<? extends ItemDerivation> derivations) {
        Map<String, ItemDerivation> byKind = new LinkedHashMap<>();
        derivations.stream()
                .sorted(Comparator.comparingInt(ItemDerivation::order).thenComparing(d -> d.getClass().getName()))
                .forEach(d -> byKind.putIfAbsent(d.kind(), d));
        return new ItemDerivations(byKind);
    }

    /**
     * This set with a derivation registered by hand, replacing any of the same kind.
     *
     * @param derivation the derivation
     * @return the new set
     */
    public ItemDerivations with(ItemDerivation derivation) {
        Map<String, ItemDerivation> copy = new LinkedHashMap<>(byKind);
        copy.put(derivation.kind(), derivation);
        return new ItemDerivations(copy);
    }

    /**
     * Looks a derivation up.
     *
     * @param kind its kind
     * @return the derivation, or empty
     */
    public Optional<ItemDerivation> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** @return every kind known */
    public Set<String> kinds() {
        return byKind.keySet();
    }
}
