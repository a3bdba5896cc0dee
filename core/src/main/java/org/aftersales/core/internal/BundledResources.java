package org.aftersales.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads data files shipped inside the library's own jar (catalogues, samples). The one place
 * in core that touches an input stream; the layering test allows it and nothing else.
 */
public final class BundledResources {

    private BundledResources() {
    }

    /**
     * Reads a UTF-8 text resource that sits next to a class of the library.
     *
     * @param anchor a class in the resource's module
     * @param name the resource name, absolute or relative to the anchor's package
     * @return the text
     * @throws IllegalStateException if the jar lacks the resource
     */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
