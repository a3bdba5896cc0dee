package org.aftersales.core.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.scoring.spi.ItemDerivation;

/**
 * The derivations a catalogue may name, by kind (S3), hosted by {@link PluginHost} like every
 * extension point. Immutable: {@link #with(ItemDerivation)} returns a new set.
 *
 * <p>A derivation's plugin id is its {@link ItemDerivation#kind() kind}. The built-ins
 * ({@code event-response}, {@code event-count}, {@code deadline-kept}) are defaults: a derivation of the same kind,
 * discovered or registered, takes the built-in's place. Two derivations of one kind that are
 * not built-ins are refused as a duplicate id.
 */
public final class ItemDerivations {

    private final PluginHost<ItemDerivation> host;

    private ItemDerivations(PluginHost<ItemDerivation> host) {
        this.host = host;
    }

    /** @return the built-in derivations only, with no discovery */
    public static ItemDerivations builtIn() {
        return of(List.of());
    }

    /**
     * The built-ins and every derivation {@link PluginHost}'s discovery finds on the module path
     * or class path ({@code ServiceLoader}); a discovered derivation replaces the built-in of
     * its kind.
     *
     * @return the derivations
     * @throws org.aftersales.core.error.PluginFailureException when a provider cannot be
     *     loaded, or two share a kind
     */
    public static ItemDerivations standard() {
        return withBuiltIns(PluginHost.builder(ItemDerivation.class).build().plugins());
    }

    /**
     * The built-ins and the given derivations, with no discovery; a given derivation replaces
     * the built-in of its kind.
     *
     * @param derivations the derivations
     * @return the set
     * @throws org.aftersales.core.error.PluginFailureException when two given derivations share a kind
     */
    public static ItemDerivations of(List<? extends ItemDerivation> derivations) {
        return withBuiltIns(derivations);
    }

    /**
     * Exactly the given derivations: no built-ins and no discovery.
     *
     * @param derivations the derivations
     * @return the set
     * @throws org.aftersales.core.error.PluginFailureException when two share a kind
     */
    public static ItemDerivations only(List<? extends ItemDerivation> derivations) {
        return new ItemDerivations(host(derivations));
    }

    private static ItemDerivations withBuiltIns(List<? extends ItemDerivation> derivations) {
        Set<String> kinds = new LinkedHashSet<>();
        derivations.forEach(d -> kinds.add(d.kind()));
        List<ItemDerivation> all = new ArrayList<>(derivations);
        for (ItemDerivation builtIn : List.of(new EventResponseDerivation(), new EventCountDerivation(),
                new DeadlineKeptDerivation())) {
            if (!kinds.contains(builtIn.kind())) {
                all.add(builtIn);
            }
        }
        return new ItemDerivations(host(all));
    }

    private static PluginHost<ItemDerivation> host(List<? extends ItemDerivation> derivations) {
        PluginHost.Builder<ItemDerivation> b = PluginHost.builder(ItemDerivation.class).discovery(false);
        derivations.forEach(d -> b.register(Objects.requireNonNull(d, "derivation")));
        return b.build();
    }

    /**
     * This set with a derivation registered by hand, replacing any of the same kind.
     *
     * @param derivation the derivation
     * @return the new set
     */
    public ItemDerivations with(ItemDerivation derivation) {
        return new ItemDerivations(host.without(derivation.kind()).with(derivation));
    }

    /**
     * Looks a derivation up.
     *
     * @param kind its kind
     * @return the derivation, or empty
     */
    public Optional<ItemDerivation> find(String kind) {
        return host.find(kind);
    }

    /** @return every kind known, in plugin order */
    public Set<String> kinds() {
        return new LinkedHashSet<>(host.ids());
    }
}
