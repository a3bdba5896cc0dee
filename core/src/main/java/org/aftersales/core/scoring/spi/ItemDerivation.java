package org.aftersales.core.scoring.spi;

import java.util.Map;
import org.aftersales.core.error.Violations;
import org.aftersales.core.plugin.Plugin;

/**
 * Computes a derived item's result from recorded domain events over a period (S3). A
 * catalogue item with evidence {@code DERIVED} names a derivation by its {@link #kind()} and
 * gives it settings.
 *
 * <p><b>Built in</b> (they need only what every {@link org.aftersales.core.event.DomainEvent}
 * carries: its type, time, actor and correlation id):
 * <ul>
 *   <li>{@code event-response}: the share of "start" events answered by an "answer" event of
 *       the same correlation id within a duration, such as delivered repair orders followed up
 *       within 3 days ({@code start=repair-order.delivered}, {@code answer=repair-order.followed-up},
 *       {@code within=P3D}) or complaints answered in time;</li>
 *   <li>{@code event-count}: at least so many events of a type in the period.</li>
 * </ul>
 *
 * <p><b>Adding one.</b> A module such as service-flow or complaints implements this interface
 * and declares it in its {@code module-info.java}
 * ({@code provides org.aftersales.core.scoring.spi.ItemDerivation with ...}) or, on the class
 * path, in {@code META-INF/services/org.aftersales.core.scoring.spi.ItemDerivation}; or it is
 * registered by hand with {@code ItemDerivations.with(ItemDerivation)}. A catalogue then names
 * its kind. Often no code is needed: a module that emits events with stable type names gets
 * "answered in time" items from {@code event-response} settings alone.
 *
 * <p><b>Discovery and order.</b> A {@link Plugin} hosted by
 * {@link org.aftersales.core.plugin.PluginHost}: {@code ItemDerivations.standard()} holds the
 * built-ins and every provider the host's discovery finds; a discovered or registered
 * derivation replaces the built-in of its kind, and two others of one kind are refused as a
 * duplicate id.
 *
 * <p><b>Failure.</b> A derivation that throws while checking settings or deriving makes the
 * whole command fail with a {@link org.aftersales.core.error.PluginFailureException} whose
 * plugin id is its kind; nothing is stored. Implementations must
 * be stateless and thread-safe, and must not do I/O: the events are handed to them.
 */
public interface ItemDerivation extends Plugin {

    /** @return the kind code catalogues name, lower-case words joined by hyphens */
    String kind();

    /**
     * The plugin id: the kind, so that a failure names the derivation by the kind catalogues use.
     *
     * @return {@link #kind()}
     */
    @Override
    default String id() {
        return kind();
    }

    /**
     * Checks a catalogue item's settings when the catalogue is loaded, recording every problem
     * with the setting's name as its path.
     *
     * @param settings the settings
     * @param problems where to record problems
     */
    void checkSettings(Map<String, String> settings, Violations problems);

    /**
     * Computes the item's result.
     *
     * @param input the item, subject, period, clock time and events
     * @return the outcome with its evidence
     */
    DerivedResult derive(DerivationInput input);
}
