package org.aftersales.inventory.cyclefixture.spi;

import org.aftersales.inventory.cyclefixture.Api;

/** An SPI interface that speaks in the API's terms. */
public interface Extension {

    /**
     * @param api unused; names the API type
     * @return a word
     */
    String word(Class<Api> api);
}
