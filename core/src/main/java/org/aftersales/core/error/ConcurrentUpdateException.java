package org.aftersales.core.error;

import java.time.Duration;
import org.aftersales.core.i18n.LocalizedText;

/**
 * A write was refused because it was based on a stale version (C7): someone else stored the
 * aggregate since it was read. Names the aggregate and both versions. Nothing of the refused
 * write, nor of the unit of work it belonged to, was stored; the caller reloads and retries.
 */
public final class ConcurrentUpdateException extends AftersalesException {

    private static final long serialVersionUID = 1L;

    private final String aggregateType;
    private final String id;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param aggregateType the name of the aggregate type, such as {@code repair-order}
     * @param id the aggregate's id as text
     * @param expectedVersion the version the write was based on ({@code 0} for a new aggregate)
     * @param actualVersion the version actually stored ({@code 0} when none is stored)
     */
    public ConcurrentUpdateException(String aggregateType, String id, long expectedVersion, long actualVersion) {
        this(aggregateType, id, expectedVersion, actualVersion,
                ErrorMessages.MESSAGES.text("store.stale", aggregateType, id, expectedVersion, actualVersion));
    }

    private ConcurrentUpdateException(String aggregateType, String id, long expectedVersion, long actualVersion,
            LocalizedText text) {
        super("concurrent-update", text, null);
        this.aggregateType = aggregateType;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * Something (a sequence counter) stayed held by another unit of work for longer than the
     * lock timeout. There are no versions to compare: both are {@code -1}. Retrying later is
     * the remedy, as for a stale write.
     *
     * @param kind what was held, such as {@code sequence}
     * @param id its name
     * @param waited how long the writer waited
     * @return the exception
     */
    public static ConcurrentUpdateException busy(String kind, String id, Duration waited) {
        return new ConcurrentUpdateException(kind, id, -1, -1,
                ErrorMessages.MESSAGES.text("store.sequenceBusy", id, waited.toMillis()));
    }

    /** @return the name of the aggregate type */
    public String aggregateType() {
        return aggregateType;
    }

    /** @return the aggregate's id as text */
    public String id() {
        return id;
    }

    /** @return the version the refused write was based on */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the version stored when the write was refused */
    public long actualVersion() {
        return actualVersion;
    }
}
