package org.aftersales.benchmarks.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.aftersales.console.LoungeBoard;
import org.aftersales.console.Workshop;
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
 * The web console's lounge board (F16) over {@code open} open repair orders on the in-memory
 * store: the server's whole work for one refresh, reading the public rows of service-flow's
 * {@code ProgressBoard} read model (kept from the desk's events; each row with its light by
 * stage, its late flag and its masked plate), sorting them by promise and writing the table
 * rows. The orders are made through the service desk in setup, their promises spread over the
 * day around now. Goal: under 5 ms for 500 open orders.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples/benchmarks -am package -DskipTests && java -jar
 * examples/benchmarks/target/benchmarks.jar LoungeBoardBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LoungeBoardBenchmark {

    /** How many open repair orders the board shows. */
    @Param({"500"})
    public int open;

    private LoungeBoard board;
    private Instant now;

    /** Makes the orders through the service desk. */
    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
        now = clock.instant();
        board = Workshop.withOpenOrders(clock, open).board();
        if (board.rowsHtml(now).isEmpty()) {
            throw new IllegalStateException("the board is empty");
        }
    }

    /** @return the rows of one refresh */
    @Benchmark
    public String refresh() {
        return board.rowsHtml(now);
    }
}
