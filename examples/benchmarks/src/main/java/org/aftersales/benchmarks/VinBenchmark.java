package org.aftersales.benchmarks;

import java.util.concurrent.TimeUnit;
import org.aftersales.core.value.Vin;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of parsing and checking a VIN, the most frequent value check at reception.
 * Run: {@code java -jar examples/benchmarks/target/benchmarks.jar VinBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VinBenchmark {

    String text = "1M8GDM9AXKP042788";

    /** @return the parsed VIN */
    @Benchmark
    public Vin parse() {
        return Vin.parse(text);
    }
}
