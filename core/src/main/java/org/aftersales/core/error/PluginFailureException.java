package org.aftersales.core.error;

import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A plugin failed, or plugins could not be set up (C8). Always names the plugin by its
 * {@linkplain #pluginId() id}; the plugin's own exception is the {@linkplain #getCause() cause}.
 * When a plugin fails inside an operation (a unit of work, a commit), the operation leaves no
 * change behind.
 */
public final class PluginFailureException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    private final String pluginId;

    private PluginFailureException(String pluginId, LocalizedText text, Throwable cause) {
        super("plugin-failure", text, cause);
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    }

    /**
     * A plugin threw while it worked.
     *
     * @param pluginId the plugin's id
     * @param cause what it threw
     * @return the exception
     */
    public static PluginFailureException failed(String pluginId, Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        return new PluginFailureException(pluginId,
                ErrorMessages.MESSAGES.text("plugin.failed", pluginId, String.valueOf(cause)), cause);
    }

    /**
     * Two plugins of one type claim the same id.
     *
     * @param pluginId the id used twice
     * @param first the class of the plugin registered first
     * @param second the class of the plugin refused
     * @return the exception
     */
    public static PluginFailureException duplicate(String pluginId, Class<?> first, Class<?> second) {
        return new PluginFailureException(pluginId,
                ErrorMessages.MESSAGES.text("plugin.duplicate", pluginId, first.getName(), second.getName()), null);
    }

    /**
     * A plugin could not be loaded by {@link java.util.ServiceLoader}; as its id is unknown,
     * the service type names it.
     *
     * @param serviceType the plugin type being loaded
     * @param cause the loading failure
     * @return the exception
     */
    public static PluginFailureException unloadable(Class<?> serviceType, Throwable cause) {
        return new PluginFailureException(serviceType.getName(),
                ErrorMessages.MESSAGES.text("plugin.load", serviceType.getName(), String.valueOf(cause)), cause);
    }

    /**
     * A plugin whose id is blank; its class names it.
     *
     * @param pluginClass the plugin's class
     * @return the exception
     */
    public static PluginFailureException blankId(Class<?> pluginClass) {
        return new PluginFailureException(pluginClass.getName(),
                ErrorMessages.MESSAGES.text("plugin.noId", pluginClass.getName()), null);
    }

    /** @return the id of the plugin that failed */
    public String pluginId() {
        return pluginId;
    }
}
