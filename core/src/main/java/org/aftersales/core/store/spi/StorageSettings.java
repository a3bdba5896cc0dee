package org.aftersales.core.store.spi;

import java.time.Duration;
import java.util.Map;
import org.aftersales.core.error.Violations;

/**
 * What a {@link StorageProvider} is opened with.
 *
 * @param lockTimeout how long a writer waits for a sequence or row held by a unit of work
 *     before it is refused with {@link org.aftersales.core.error.ConcurrentUpdateException}
 * @param properties provider-specific settings, such as a JDBC URL; never interpreted by core
 */
public record StorageSettings(Duration lockTimeout, Map<String, String> properties) {

    /** Default lock timeout: 5 seconds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    /** Checks the parts and copies the map. */
    public StorageSettings {
        Violations v = new Violations(SpiMessages.MESSAGES);
        if (lockTimeout == null) {
            v.add("lockTimeout", "required");
        } else if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            v.add("lockTimeout", "store.lockTimeout", lockTimeout);
        }
        if (properties == null) {
            v.add("properties", "required");
        }
        v.throwIfPresent();
        properties = Map.copyOf(properties);
    }

    /** @return the defaults: 5 second lock timeout, no properties */
    public static StorageSettings defaults() {
        return new StorageSettings(DEFAULT_LOCK_TIMEOUT, Map.of());
    }
}
