package org.aftersales.serviceflow.spi;

import org.aftersales.core.plugin.Plugin;

/**
 * Captures a customer's signature on the vendor's pad or app and stores it there; the library
 * keeps only the reference (F3, F11, F12, F19). The first plugin in order is used. A failure
 * (pad offline, signature refused) throws, and the command that asked stores nothing.
 */
public interface SignatureCapture extends Plugin {

    /**
     * Captures and stores a signature.
     *
     * @param request what is signed, and by whom
     * @return the reference under which the vendor stored it; never blank
     */
    String capture(SignatureRequest request);
}
