package org.aftersales.core.internal.store;

import java.util.concurrent.locks.ReentrantLock;
import org.aftersales.core.store.Versioned;

/**
 * The slot of one aggregate: its last committed snapshot, read without locking, and the lock
 * every writer of that aggregate holds while it checks the version and writes.
 *
 * @param <A> the snapshot type
 */
final class Cell<A> {

    final ReentrantLock lock = new ReentrantLock();
    volatile Versioned<A> current;

    long version() {
        Versioned<A> c = current;
        return c == null ? 0 : c.version();
    }
}
