package org.aftersales.core.error;

import java.util.ArrayList;
import java.util.List;

/**
 * The violations of one refusal, bounded: the first {@code limit} are kept, the rest are only
 * counted, so that a document with a million faults costs no more memory than one with a
 * hundred. Used by {@link Violations} and {@link ValidationException}; not thread-safe.
 */
final class ViolationList {

    private final int limit;
    private final List<Violation> listed = new ArrayList<>();
    private int omitted;

    ViolationList(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a refusal lists at least one violation, not " + limit);
        }
        this.limit = limit;
    }

    /** @return true when another violation would only be counted */
    boolean full() {
        return listed.size() >= limit;
    }

    void add(Violation violation) {
        if (full()) {
            omitted++;
        } else {
            listed.add(violation);
        }
    }

    void omit(int count) {
        omitted += count;
    }

    List<Violation> listed() {
        return listed;
    }

    int omitted() {
        return omitted;
    }

    boolean isEmpty() {
        return listed.isEmpty() && omitted == 0;
    }
}
