package org.aftersales.serviceflow.spi;

import java.util.Objects;

/**
 * What a customer signs (F3 walk-around, F19 estimate revision, F11 settlement, F12 sign-off).
 *
 * @param document the document, such as {@code RO-2026-00001/revision-2}
 * @param signer who signs (the customer's or decision-maker's name)
 * @param summary what the signature confirms, shown to the signer
 */
public record SignatureRequest(String document, String signer, String summary) {

    /** Checks the parts. */
    public SignatureRequest {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(summary, "summary");
    }
}
