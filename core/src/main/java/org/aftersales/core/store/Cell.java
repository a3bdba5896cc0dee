package org.aftersales.core.store;

import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The slot of one aggregate: its last committed snapshot and version, and the lock every
 * writer of that aggregate holds while it checks the version and writes.
 *
 * <p>Readers never lock. The snapshot and version are plain fields guarded by a sequence
 * number (a seqlock): a writer makes it odd, writes both fields, makes it even again; a reader
 * retries until it saw the same even number before and after reading both fields. Keeping the
 * pair in two fields rather than in one freshly allocated holder means a save stores no new
 * object into this long-lived cell, which keeps the garbage collector's write barrier off the
 * hot path. The first reader of a version caches the {@link Versioned} it made, so later reads
 * of that version allocate nothing; the cache is trusted only when its version is the one
 * read under the sequence number, so a late, stale cache entry is simply replaced.
 *
 * @param <A> the snapshot type
 */
final class Cell<A> {

    final ReentrantLock lock = new ReentrantLock();
    private volatile long seq;
    private A value;
    private long version;
    private Versioned<A> cached;

    /** @return the committed snapshot and version, or null when none; never blocks on writers */
    Versioned<A> read() {
        while (true) {
            long before = seq;
            if ((before & 1) == 0) {
                A v = value;
                long ver = version;
                Versioned<A> c = cached;
                VarHandle.loadLoadFence();
                if (seq == before) {
                    if (v == null) {
                        return null;
                    }
                    if (c != null && c.version() == ver) {
                        return c;
                    }
                    c = new Versioned<>(v, ver);
                    cached = c;
                    return c;
                }
            }
            Thread.onSpinWait();
        }
    }

    /** @return the committed snapshot; only while holding {@link #lock} */
    A valueLocked() {
        return value;
    }

    /** @return the committed version, 0 when none; only while holding {@link #lock} */
    long versionLocked() {
        return version;
    }

    /**
     * Publishes a new snapshot; only while holding {@link #lock}.
     *
     * @param next the snapshot
     * @param nextVersion its version
     */
    void write(A next, long nextVersion) {
        long s = seq;
        seq = s + 1;
        VarHandle.storeStoreFence();
        value = next;
        version = nextVersion;
        cached = null;
        seq = s + 2;
    }
}
