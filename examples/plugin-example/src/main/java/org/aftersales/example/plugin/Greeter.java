package org.aftersales.example.plugin;

import org.aftersales.core.plugin.Plugin;

/**
 * A plugin type declared outside core, as domain modules declare their policies (placement
 * rules, scoring items): core's {@link org.aftersales.core.plugin.PluginHost} hosts it all the
 * same.
 */
public interface Greeter extends Plugin {

    /**
     * @param customer the customer's name
     * @return the greeting for the service lounge
     */
    String greet(String customer);
}
