package org.aftersales.core.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;
import org.aftersales.core.error.PluginFailureException;

/**
 * The plugins of one type, in their order (C8). Built once from plugins found with
 * {@link ServiceLoader} (module path and class path) and plugins registered by hand;
 * immutable and thread-safe afterwards.
 *
 * <pre>{@code
 * PluginHost<PlacementRule> rules = PluginHost.builder(PlacementRule.class)
 *         .discoverWith(ServiceLoader.load(PlacementRule.class)) // the caller's module 'uses' it
 *         .register(new MyRule())
 *         .build();
 * rules.forEach(rule -> rule.check(bin));   // a throwing rule becomes PluginFailureException("my-rule")
 * }</pre>
 *
 * <p>Guarantees: plugins run in {@link Plugin#ORDER} (ascending order, then id); two plugins
 * with one id are refused when the host is built; a plugin that throws is reported as
 * {@link PluginFailureException} carrying its id and its exception, and the plugins after it
 * do not run. The host changes nothing itself, so when the call runs inside a
 * {@link org.aftersales.core.store.UnitOfWork}, the failure rolls the unit back and the
 * operation leaves no change behind.
 *
 * @param <P> the plugin type
 */
public final class PluginHost<P extends Plugin> {

    private final Class<P> type;
    private final List<P> plugins;
    private final Map<String, P> byId;

    private PluginHost(Class<P> type, List<P> candidates) {
        this.type = type;
        Map<String, P> ids = new LinkedHashMap<>();
        Map<String, Integer> orders = new LinkedHashMap<>();
        for (P p : candidates) {
            String id = describe(p, p.getClass().getName(), Plugin::id);
            if (id == null || id.isBlank()) {
                throw PluginFailureException.blankId(p.getClass());
            }
            P before = ids.putIfAbsent(id, p);
            if (before != null) {
                throw PluginFailureException.duplicate(id, before.getClass(), p.getClass());
            }
            orders.put(id, describe(p, id, Plugin::order));
        }
        List<P> sorted = new ArrayList<>(ids.values());
        sorted.sort(Comparator.<P>comparingInt(p -> orders.get(p.id())).thenComparing(Plugin::id));
        this.plugins = List.copyOf(sorted);
        this.byId = Map.copyOf(ids);
    }

    /** Asks a plugin for its id or order, reporting a plugin that throws by what is known of it. */
    private static <P extends Plugin, R> R describe(P plugin, String name, Function<? super P, ? extends R> question) {
        try {
            return question.apply(plugin);
        } catch (RuntimeException e) {
            throw PluginFailureException.failed(name, e);
        }
    }

    /**
     * Starts a host of one plugin type. Discovery is on: unless switched off with
     * {@link Builder#discovery(boolean)}, {@link Builder#build()} loads the type's providers
     * with {@link ServiceLoader} from the thread's context class loader.
     *
     * @param type the plugin type
     * @param <P> the plugin type
     * @return the builder
     */
    public static <P extends Plugin> Builder<P> builder(Class<P> type) {
        return new Builder<>(type);
    }

    /** @return the plugin type */
    public Class<P> type() {
        return type;
    }

    /** @return the plugins in the order they run */
    public List<P> plugins() {
        return plugins;
    }

    /** @return the plugins' ids in the order they run */
    public List<String> ids() {
        return plugins.stream().map(Plugin::id).toList();
    }

    /**
     * Finds a plugin by id.
     *
     * @param id the id
     * @return the plugin, or empty
     */
    public Optional<P> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Runs an action on each plugin in order, stopping at the first that throws.
     *
     * @param action what to do with each plugin
     * @throws PluginFailureException naming the plugin that threw, with its exception as cause
     */
    public void forEach(Consumer<? super P> action) {
        Objects.requireNonNull(action, "action");
        for (P p : plugins) {
            call(p, plugin -> {
                action.accept(plugin);
                return null;
            });
        }
    }

    /**
     * Asks each plugin in order and collects the answers.
     *
     * @param question what to ask each plugin
     * @param <R> the answer type
     * @return the answers, in plugin order
     * @throws PluginFailureException naming the plugin that threw
     */
    public <R> List<R> map(Function<? super P, ? extends R> question) {
        Objects.requireNonNull(question, "question");
        List<R> answers = new ArrayList<>(plugins.size());
        for (P p : plugins) {
            answers.add(call(p, question));
        }
        return answers;
    }

    /**
     * Calls one plugin, reporting a failure by its id.
     *
     * @param plugin the plugin
     * @param call the call
     * @param <Q> the plugin type
     * @param <R> the result type
     * @return what the call returned
     * @throws PluginFailureException naming the plugin, with its exception as cause
     */
    public static <Q extends Plugin, R> R call(Q plugin, Function<? super Q, ? extends R> call) {
        try {
            return call.apply(plugin);
        } catch (RuntimeException e) {
            throw PluginFailureException.failed(plugin.id(), e);
        }
    }

    /**
     * A host with one more plugin.
     *
     * @param plugin the plugin
     * @return the new host
     * @throws PluginFailureException if its id is taken
     */
    public PluginHost<P> with(P plugin) {
        List<P> more = new ArrayList<>(plugins);
        more.add(Objects.requireNonNull(plugin, "plugin"));
        return new PluginHost<>(type, more);
    }

    /**
     * A host without the plugin of the given id.
     *
     * @param id the id
     * @return the new host (this one when no plugin has the id)
     */
    public PluginHost<P> without(String id) {
        if (!byId.containsKey(id)) {
            return this;
        }
        return new PluginHost<>(type, plugins.stream().filter(p -> !p.id().equals(id)).toList());
    }

    @Override
    public String toString() {
        return type.getSimpleName() + " plugins " + ids();
    }

    /**
     * Collects the plugins of a host.
     *
     * @param <P> the plugin type
     */
    public static final class Builder<P extends Plugin> {

        private final Class<P> type;
        private final List<P> registered = new ArrayList<>();
        private final List<ServiceLoader<P>> loaders = new ArrayList<>();
        private boolean discovery = true;

        private Builder(Class<P> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Switches the default discovery on or off. It is on by default: {@link #build()} then
         * loads the type's providers with {@code ServiceLoader.load(type)}, declaring at run time
         * that this module uses the type, so that types of other modules can be hosted. Loaders
         * given with {@link #discoverWith} are used either way.
         *
         * @param enabled false to switch it off
         * @return this builder
         */
        public Builder<P> discovery(boolean enabled) {
            this.discovery = enabled;
            return this;
        }

        /**
         * Adds the providers of a service loader made by the caller (whose module then declares
         * {@code uses} for the type), and switches the default discovery off.
         *
         * @param loader the loader
         * @return this builder
         */
        public Builder<P> discoverWith(ServiceLoader<P> loader) {
            loaders.add(Objects.requireNonNull(loader, "loader"));
            this.discovery = false;
            return this;
        }

        /**
         * Registers plugins by hand.
         *
         * @param plugins the plugins
         * @return this builder
         */
        @SafeVarargs
        public final Builder<P> register(P... plugins) {
            for (P p : plugins) {
                registered.add(Objects.requireNonNull(p, "plugin"));
            }
            return this;
        }

        /**
         * Builds the host: registered plugins, then discovered ones, checked and sorted.
         *
         * @return the host
         * @throws PluginFailureException if a provider cannot be loaded, or an id is blank or
         *     used twice
         */
        public PluginHost<P> build() {
            List<P> all = new ArrayList<>(registered);
            List<ServiceLoader<P>> sources = new ArrayList<>(loaders);
            if (discovery) {
                PluginHost.class.getModule().addUses(type);
                sources.add(ServiceLoader.load(type));
            }
            for (ServiceLoader<P> loader : sources) {
                load(loader, all);
            }
            return new PluginHost<>(type, all);
        }

        private void load(ServiceLoader<P> loader, List<P> into) {
            try {
                Iterator<P> it = loader.iterator();
                while (it.hasNext()) {
                    into.add(it.next());
                }
            } catch (ServiceConfigurationError e) {
                throw PluginFailureException.unloadable(type, e);
            }
        }
    }
}
