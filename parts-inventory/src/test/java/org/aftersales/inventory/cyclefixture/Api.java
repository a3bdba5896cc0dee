package org.aftersales.inventory.cyclefixture;

import org.aftersales.inventory.cyclefixture.internal.Engine;
import org.aftersales.inventory.cyclefixture.spi.Extension;

/** An API class that uses its SPI and an internal engine. */
public final class Api {

    private Api() {
    }

    /**
     * @param extension an extension
     * @return what the engine makes of it
     */
    public static String run(Extension extension) {
        return Engine.run(extension);
    }
}
