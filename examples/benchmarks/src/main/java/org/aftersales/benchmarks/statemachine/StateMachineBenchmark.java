package org.aftersales.benchmarks.statemachine;

import java.util.concurrent.TimeUnit;
import org.aftersales.benchmarks.statemachine.Engines.Engine;
import org.aftersales.benchmarks.statemachine.Engines.Runner;
import org.aftersales.core.fixtures.RepairOrderGraph.Move;
import org.aftersales.core.fixtures.RepairOrderGraph.Step;
import org.aftersales.core.fixtures.RepairOrderGraph;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Transitions per second of the repair-order graph (F1, C6) in this library and in the engines
 * a user would pick instead, one thread and two threads sharing one definition. Each operation
 * fires the next event of the rework loop and checks the state reached, so an engine that
 * refused an event would fail the run rather than look fast. Add {@code -prof gc} for bytes
 * allocated per transition.
 *
 * <p>Run: {@code java -jar examples/benchmarks/target/benchmarks.jar StateMachineBenchmark
 * -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StateMachineBenchmark {

    /** The definition, shared by every thread. */
    @State(Scope.Benchmark)
    public static class Shared {

        /** The engine measured. */
        @Param({"aftersales", "cola", "stateless4j", "squirrel", "spring"})
        public String engine;

        Engine built;

        /** Builds the engine's definition once. */
        @Setup(Level.Trial)
        public void build() {
            built = Engines.named(engine);
        }
    }

    /** One thread's machine or state, and its place in the loop. */
    @State(Scope.Thread)
    public static class PerThread {

        Runner runner;
        int step;
        byte[] before;
        byte[] after;

        /**
         * Makes this thread's runner and walks the loop three times to check the engine. The
         * thread's mutable objects are fenced with padding: the shared definition was allocated
         * by one of the worker threads, and without padding that thread's machine could land on
         * the cache lines of the definition that the other thread reads (false sharing, which an
         * application, whose aggregates live elsewhere, would not see).
         *
         * @param shared the shared definition
         */
        @Setup(Level.Trial)
        public void start(Shared shared) {
            before = new byte[256];
            runner = shared.built.runner(new Job());
            after = new byte[256];
            for (int i = 0; i < 3 * RepairOrderGraph.CYCLE.length; i++) {
                next();
            }
        }

        Step next() {
            int i = step;
            step = i + 1 == RepairOrderGraph.CYCLE.length ? 0 : i + 1;
            Move move = RepairOrderGraph.CYCLE[i];
            Step reached = runner.fire(move);
            if (reached != RepairOrderGraph.EXPECTED[i]) {
                throw new IllegalStateException(move + " reached " + reached + ", not " + RepairOrderGraph.EXPECTED[i]);
            }
            return reached;
        }
    }

    /**
     * One transition on one thread.
     *
     * @param shared the definition
     * @param mine this thread's machine
     * @return the state reached
     */
    @Benchmark
    @Threads(1)
    public Step transition(Shared shared, PerThread mine) {
        return mine.next();
    }

    /**
     * One transition, two threads sharing the definition.
     *
     * @param shared the definition
     * @param mine this thread's machine
     * @return the state reached
     */
    @Benchmark
    @Threads(2)
    public Step transitionTwoThreads(Shared shared, PerThread mine) {
        return mine.next();
    }
}
