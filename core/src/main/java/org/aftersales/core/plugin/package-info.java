/**
 * Plugin hosting (C8): {@link org.aftersales.core.plugin.PluginHost} finds plugins with
 * {@link java.util.ServiceLoader} (module path and class path) or takes them by hand, refuses
 * duplicate ids, runs them in order and reports a failing plugin by its id. Depends only on
 * {@code spi} and {@code error}.
 */
package org.aftersales.core.plugin;
