package org.aftersales.core.plugin;

import java.util.Comparator;

/**
 * Anything the library hosts as a plugin (C8): it has a stable {@linkplain #id() id} that
 * failures are reported by, and an {@linkplain #order() order}. Plugins of one type run in
 * ascending order, ties broken by id; two plugins of one type may not share an id. See
 * {@link org.aftersales.core.plugin.PluginHost} for discovery and registration.
 */
public interface Plugin {

    /** Runs plugins by ascending order, then by id. */
    Comparator<Plugin> ORDER = Comparator.comparingInt(Plugin::order).thenComparing(Plugin::id);

    /**
     * A stable, unique id within the plugin type, such as {@code acme-placement}. Failures
     * name the plugin by it.
     *
     * @return the id, never blank
     */
    String id();

    /**
     * Where the plugin runs among others of its type: lower runs first.
     *
     * @return the order; {@code 0} by default
     */
    default int order() {
        return 0;
    }
}
