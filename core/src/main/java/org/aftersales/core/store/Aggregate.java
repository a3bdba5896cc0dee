package org.aftersales.core.store;

import org.aftersales.core.id.Identifier;

/**
 * An aggregate as the storage sees it: an immutable snapshot that knows its own typed id.
 * Domain aggregates are records implementing this; a change makes a new snapshot, which is
 * saved with the version it was based on.
 *
 * @param <ID> the aggregate's id type, from {@code org.aftersales.core.id}
 */
public interface Aggregate<ID extends Identifier> {

    /** @return the aggregate's id; never null, never changes between snapshots */
    ID id();
}
