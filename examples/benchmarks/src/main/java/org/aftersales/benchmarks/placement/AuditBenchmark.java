package org.aftersales.benchmarks.placement;

import java.util.concurrent.TimeUnit;
import org.aftersales.inventory.AuditReport;
import org.aftersales.inventory.ReslottingOptions;
import org.aftersales.inventory.ReslottingPlan;
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
 * Layout audit and re-slotting (P4) on warehouses 60% full with 5% of the stock lines
 * misplaced (heavy parts high, long parts on shelves, two parts in one bin, one part in two
 * bins). Goals at 50,000 bins: audit under 1 s, re-slotting plan under 10 s.
 *
 * <p>Run: {@code java -jar examples/benchmarks/target/benchmarks.jar "placement.AuditBenchmark"
 * -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class AuditBenchmark {

    /** About how many bins the warehouse has. */
    @Param({"5000", "50000", "200000"})
    public int bins;

    private Warehouses warehouse;

    /** Builds the warehouse once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        warehouse = Warehouses.make(bins, 0.6, 0.05, 0);
    }

    /** @return every violation of the layout */
    @Benchmark
    public AuditReport audit() {
        return warehouse.engine.audit(warehouse.state);
    }

    /** @return the plan of moves */
    @Benchmark
    public ReslottingPlan replan() {
        return warehouse.engine.replan(warehouse.state, ReslottingOptions.defaults());
    }
}
