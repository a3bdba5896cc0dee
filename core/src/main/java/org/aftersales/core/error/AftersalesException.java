package org.aftersales.core.error;

import java.util.Objects;
import org.aftersales.core.i18n.LocalizedText;

/**
 * Root of every exception the library throws on purpose. Unchecked, and always carrying a
 * stable {@linkplain #code() code} that programs can switch on and a
 * {@linkplain #text() message} in English and Simplified Chinese that people can read.
 * {@link #getMessage()} gives the English text.
 */
public abstract class AftersalesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final LocalizedText text;

    /**
     * Creates the exception.
     *
     * @param code stable machine-readable code, such as {@code validation}
     * @param text the message in both languages
     * @param cause the underlying cause, or null
     */
    protected AftersalesException(String code, LocalizedText text, Throwable cause) {
        super(Objects.requireNonNull(text, "text").en(), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.text = text;
    }

    /** @return the stable code of this kind of failure */
    public String code() {
        return code;
    }

    /** @return the message in English and Simplified Chinese */
    public LocalizedText text() {
        return text;
    }
}
