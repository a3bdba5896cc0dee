package org.aftersales.benchmarks.deadline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.aftersales.core.store.Storage;

/**
 * Bytes per pending deadline in the in-memory store (C13): the heap retained by a store
 * holding {@code count} pending deadlines (snapshot, version cell and the entries of the four
 * indexes), divided by {@code count}. Measured as used heap after full collections, with the
 * store filled, minus the same with an empty store; the figure includes the subject and id
 * strings each deadline carries. Not a JMH benchmark: retained size is not a time.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests && java -Xmx4g -cp
 * examples/benchmarks/target/benchmarks.jar org.aftersales.benchmarks.deadline.DeadlineFootprint 1000000}
 */
public final class DeadlineFootprint {

    private DeadlineFootprint() {
    }

    /**
     * Prints the bytes per pending deadline.
     *
     * @param args the number of deadlines, 1 000 000 when left out
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Storage storage = Storage.inMemory();
        PendingDeadlines.fill(storage, 0, 1); // load the classes and create the table first
        long before = settledHeap(memory);
        PendingDeadlines.fill(storage, 1, count + 1);
        long after = settledHeap(memory);
        System.out.printf("%d pending deadlines retain %,d bytes: %,d bytes per deadline%n",
                count, after - before, (after - before) / count);
        if (storage.repository(org.aftersales.core.deadline.Deadlines.TYPE).find(
                PendingDeadlines.pending(count).id()).isEmpty()) {
            throw new IllegalStateException("the store lost a deadline");
        }
    }

    private static long settledHeap(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
