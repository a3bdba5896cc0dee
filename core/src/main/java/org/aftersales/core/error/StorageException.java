package org.aftersales.core.error;

import org.aftersales.core.i18n.LocalizedText;

/**
 * Storage could not do what was asked, for a reason that is neither bad input nor a business
 * rule nor a stale version: the storage is closed, a unit of work has ended, a repository is
 * asked for an index its type never declared, or the database cannot be reached. The
 * {@linkplain #code() code} names the fault (such as {@code store.closed}); the
 * {@linkplain #getCause() cause}, when there is one, is the store's own exception. Nothing of
 * the failed operation was stored.
 */
public final class StorageException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code the fault's code, such as {@code store.closed} or {@code store.unavailable}
     * @param text the explanation in both languages
     * @param cause the store's own exception, or null
     */
    public StorageException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }
}
