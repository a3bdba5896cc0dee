package org.aftersales.store.jdbc;

import org.aftersales.core.error.AftersalesException;
import org.aftersales.core.i18n.LocalizedText;

/**
 * The database could not do what the store asked, for a reason that is not a stale version (that
 * is {@link org.aftersales.core.error.ConcurrentUpdateException}): it cannot be reached, it
 * refused a statement, or it holds something the store cannot read back. The message, in English
 * and Simplified Chinese, says which and what was stored: for every code but
 * {@link #COMMIT_UNKNOWN}, nothing of the failed operation was stored.
 */
public final class JdbcStorageException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    /** The database cannot be reached (down, restarting, network, pool timeout); retry later. */
    public static final String UNAVAILABLE = "storage-unavailable";
    /** The connection broke during the commit itself; whether it was stored is unknown. */
    public static final String COMMIT_UNKNOWN = "storage-commit-unknown";
    /** The database refused a statement for another reason. */
    public static final String FAILED = "storage-failed";
    /** Stored data cannot be read back: an unknown event name, or a snapshot that no longer fits its class. */
    public static final String UNREADABLE = "storage-unreadable";

    JdbcStorageException(String code, LocalizedText text, Throwable cause) {
        super(code, text, cause);
    }

    /** @return true when the database could not be reached and a retry later may succeed */
    public boolean isUnavailable() {
        return UNAVAILABLE.equals(code());
    }
}
