package org.aftersales.core.calendar;

import java.util.Arrays;

/**
 * The opening periods of one department over every covered year, as sorted, disjoint
 * intervals of epoch nanoseconds with the running sum of working time at the end of each
 * (C13: business time independent of the span). Answering "how much working time lies before
 * t" and "when has this much working time passed" is then a binary search, whatever the span.
 * Immutable.
 */
final class WorkingTimeline {

    private final long[] starts;
    private final long[] ends;
    private final long[] workedAtEnd;

    /**
     * @param starts interval starts, ascending
     * @param ends interval ends, each after its start and at or before the next start
     */
    WorkingTimeline(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
        this.workedAtEnd = new long[starts.length];
        long sum = 0;
        for (int i = 0; i < starts.length; i++) {
            sum += ends[i] - starts[i];
            workedAtEnd[i] = sum;
        }
    }

    /** @return the working nanoseconds of the whole covered span */
    long total() {
        return workedAtEnd.length == 0 ? 0 : workedAtEnd[workedAtEnd.length - 1];
    }

    /**
     * @param t an instant in epoch nanoseconds
     * @return the working nanoseconds from the start of the span up to {@code t}
     */
    long workedBefore(long t) {
        int found = Arrays.binarySearch(ends, t);
        int i = found >= 0 ? found + 1 : -found - 1; // the first interval ending after t
        if (i == ends.length) {
            return total();
        }
        long before = i == 0 ? 0 : workedAtEnd[i - 1];
        return t > starts[i] ? before + (t - starts[i]) : before;
    }

    /**
     * @param worked working nanoseconds from the start of the span, above 0 and at most {@link #total()}
     * @return the instant, in epoch nanoseconds, at which that much working time has passed
     */
    long instantAt(long worked) {
        int found = Arrays.binarySearch(workedAtEnd, worked);
        int j = found >= 0 ? found : -found - 1; // the first interval by whose end it has passed
        return ends[j] - (workedAtEnd[j] - worked);
    }

    /** @return the number of intervals */
    int size() {
        return starts.length;
    }
}
