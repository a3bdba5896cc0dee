package org.aftersales.serviceflow.spi;

import java.util.Optional;
import org.aftersales.core.plugin.Plugin;

/**
 * Flat-rate labour times: operation codes with their hours per model (F5, F17). Asked in plugin
 * order; the first that knows the operation answers. Discovery, order and failure: see the
 * package documentation. Must be thread-safe and must not do I/O inside a command if it can help it.
 */
public interface LabourTimes extends Plugin {

    /**
     * Looks an operation up.
     *
     * @param operation the operation code
     * @param model the car's model
     * @return the hours and skill, or empty when this guide does not know it
     */
    Optional<LabourTime> find(String operation, String model);
}
