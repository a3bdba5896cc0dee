package org.aftersales.benchmarks.deadline;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.store.Storage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Deadlines#due} among a million pending deadlines in the in-memory store (C13): each
 * call moves {@code now} on by {@code fire} seconds, so it finds and fires exactly {@code fire}
 * deadlines (read through the next-firing index, saved with their versions in units of work of
 * 256, one {@code deadline.missed} event each, with random event ids) while the rest stay
 * pending. Single shots, as each call changes the store: 100 warm-up calls and 200 measured
 * ones use 300 000 of the million. Goal: 1 000 firings under 5 ms.
 *
 * <p>Run (needs a 4 GB heap for the million): {@code ./mvnw -B -q -pl examples/benchmarks -am
 * package -DskipTests && java -jar examples/benchmarks/target/benchmarks.jar DueBenchmark -f 1
 * -jvmArgs -Xmx4g}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 100)
@Measurement(iterations = 200)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class DueBenchmark {

    /** Pending deadlines in the store. */
    @Param("1000000")
    public int pending;

    /** Deadlines each call fires. */
    @Param("1000")
    public int fire;

    Deadlines deadlines;
    long calls;

    /** Fills the store once for the whole run. */
    @Setup
    public void fill() {
        Storage storage = Storage.inMemory();
        PendingDeadlines.fill(storage, 0, pending);
        deadlines = PendingDeadlines.service(storage);
    }

    /** @return the firings of one call */
    @Benchmark
    public List<DeadlineEvent> due() {
        calls++;
        List<DeadlineEvent> fired = deadlines.due(PendingDeadlines.FIRST_DUE.plusSeconds(calls * fire - 1));
        if (fired.size() != fire) {
            throw new IllegalStateException("fired " + fired.size() + " instead of " + fire);
        }
        return fired;
    }
}
