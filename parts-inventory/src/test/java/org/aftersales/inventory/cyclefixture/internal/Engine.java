package org.aftersales.inventory.cyclefixture.internal;

import org.aftersales.inventory.cyclefixture.Api;
import org.aftersales.inventory.cyclefixture.spi.Extension;

/** An internal class that reaches back into the API package: the cycle. */
public final class Engine {

    private Engine() {
    }

    /**
     * @param extension an extension
     * @return its word
     */
    public static String run(Extension extension) {
        return extension.word(Api.class);
    }
}
