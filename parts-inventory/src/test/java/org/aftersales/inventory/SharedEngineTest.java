package org.aftersales.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.inventory.testing.SyntheticWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An engine and a state are immutable and thread-safe (P3, P4): threads that share them get
 * the decisions, audits and plans one thread gets alone. Workers run through futures, so a
 * worker that fails fails the test, and the test has a time limit, so it cannot hang.
 */
class SharedEngineTest {

    static final int THREADS = 4;

    record Outcome(List<PlacementDecision> decisions, AuditReport audit, ReslottingPlan plan) {
    }

    static Outcome work(PlacementEngine engine, WarehouseState state, List<PlacementRequest> requests) {
        List<PlacementDecision> decisions = new ArrayList<>();
        for (PlacementRequest r : requests) {
            decisions.add(engine.place(state, r));
        }
        return new Outcome(decisions, engine.audit(state), engine.replan(state, ReslottingOptions.defaults()));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void P3_P4_threadsSharingAnEngineGetWhatOneThreadGets() throws Exception {
        SyntheticWarehouse.World world = SyntheticWarehouse.generate(5, 1500, 0.4, 0.05);
        PlacementEngine engine = PlacementEngine.builder(Layout.of(world.layout()), PartMaster.of(world.parts()))
                .rules(PlacementRules.standard()).build();
        WarehouseState state = engine.state(world.stock());
        List<PlacementRequest> requests = new ArrayList<>();
        for (Part p : world.parts()) {
            if (requests.size() == 40) {
                break;
            }
            PlacementRequest r = PlacementRequest.of(p.number(), 1);
            try {
                engine.place(state, r);
                requests.add(r);
            } catch (BusinessRuleException noBin) {
                // a part no bin takes is no use here
            }
        }
        assertThat(requests).hasSize(40);
        Outcome alone = work(engine, state, requests);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Outcome> worker = () -> {
                    assertThat(start.await(10, TimeUnit.SECONDS)).isTrue();
                    return work(engine, state, requests);
                };
                futures.add(pool.submit(worker));
            }
            start.countDown();
            for (Future<Outcome> f : futures) {
                // get() rethrows a worker's failure; the bound keeps a stuck worker from hanging the test
                assertThat(f.get(50, TimeUnit.SECONDS)).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
