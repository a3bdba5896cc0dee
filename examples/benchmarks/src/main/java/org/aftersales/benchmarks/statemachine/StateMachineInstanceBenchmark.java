package org.aftersales.benchmarks.statemachine;

import java.util.concurrent.TimeUnit;
import org.aftersales.benchmarks.statemachine.Engines.Engine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of a new machine instance from an already built repair-order definition, for the peers
 * that keep the state in an instance. This library and COLA have no instance: the state is a
 * field of the aggregate, so a new repair order costs nothing here.
 *
 * <p>Run: {@code java -jar examples/benchmarks/target/benchmarks.jar StateMachineInstanceBenchmark
 * -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StateMachineInstanceBenchmark {

    /** The engine measured. */
    @Param({"stateless4j", "squirrel", "spring"})
    public String engine;

    Engine built;
    final Job job = new Job();

    /** Builds the engine's definition once. */
    @Setup(Level.Trial)
    public void build() {
        built = Engines.named(engine);
    }

    /** @return a new machine, ready to fire */
    @Benchmark
    public Object newInstance() {
        return built.newInstance(job);
    }
}
