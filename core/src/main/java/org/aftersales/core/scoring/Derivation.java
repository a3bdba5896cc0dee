package org.aftersales.core.scoring;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import org.aftersales.core.error.Violations;

/**
 * How a derived item is computed (S3): the {@linkplain #kind() kind} names an
 * {@link org.aftersales.core.scoring.spi.ItemDerivation} and the settings configure it, such
 * as {@code {"start": "repair-order.delivered", "answer": "repair-order.followed-up",
 * "within": "P3D"}}. The derivation itself checks its settings when the catalogue is loaded.
 *
 * @param kind the derivation's kind code
 * @param settings its settings, sorted by name
 */
public record Derivation(String kind, Map<String, String> settings) {

    /** Checks the kind's form and the settings' names and values. */
    public Derivation {
        Violations v = ScoringMessages.violations();
        CatalogueRules.derivation(v, "", kind, settings);
        v.throwIfPresent();
        settings = ImmutableSortedMap.copyOf(settings);
    }

    /**
     * A derivation of a kind with settings.
     *
     * @param kind the kind code
     * @param settings its settings
     * @return the derivation
     */
    public static Derivation of(String kind, Map<String, String> settings) {
        return new Derivation(kind, settings);
    }
}
