package org.aftersales.complaints.spi;

import java.util.Optional;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.plugin.Plugin;

/**
 * Which department is responsible for a complaint (K3, step 3: route it at once to the
 * responsible department; the owner stays accountable).
 *
 * <p><b>Discovery and order.</b> A {@link Plugin} hosted by
 * {@link org.aftersales.core.plugin.PluginHost}: registered by hand with
 * {@code ComplaintDesk.builder().routing(..)}, or found with {@link java.util.ServiceLoader}
 * when the builder's {@code discoverPlugins()} is set (the module {@code uses} this interface).
 * Plugins are asked in {@link Plugin#ORDER}; the first that answers decides. The desk's
 * built-in routing by cause ({@code routing-by-cause}, order {@code Integer.MAX_VALUE}) answers
 * last, so any plugin overrides it.
 *
 * <p><b>Failure.</b> A plugin that throws fails the command with
 * {@link org.aftersales.core.error.PluginFailureException} naming its id; nothing is stored.
 * Implementations must be stateless, thread-safe and free of I/O.
 */
public interface ComplaintRouting extends Plugin {

    /**
     * The department responsible for a complaint.
     *
     * @param question what the complaint is about
     * @return the department, or empty to let the next plugin decide
     */
    Optional<DepartmentId> route(RoutingQuestion question);
}
