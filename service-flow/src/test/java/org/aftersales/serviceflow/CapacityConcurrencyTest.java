package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * F6, C7: two dispatches to one team's day at once never both take the last hours. (Two bookings
 * are serialised already: each takes an appointment number, and a unit of work holds the
 * sequence until it ends.)
 */
class CapacityConcurrencyTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void F6_twoDispatchesOfTheLastHoursAtOnceLeaveOneWinner() throws Exception {
        CyclicBarrier bothRead = new CyclicBarrier(2);
        FakeSupply meeting = new FakeSupply() {
            @Override
            public synchronized Reservation reserve(UnitOfWork work, SupplyDocument document, List<PartLine> lines,
                    LocalDate needed) {
                return new Reservation(document, lines, List.of());
            }

            @Override
            public List<PartLine> release(UnitOfWork work, SupplyDocument document) {
                return List.of();
            }
        };
        FakeSupply waiting = new FakeSupply() {
            @Override
            public Reservation reserve(UnitOfWork work, SupplyDocument document, List<PartLine> lines,
                    LocalDate needed) {
                try {
                    bothRead.await(10, TimeUnit.SECONDS);   // both units hold their view of the day
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return meeting.reserve(work, document, lines, needed);
            }
        };
        World w = new World(b -> b.partsSupply(waiting));
        List<org.aftersales.core.id.RepairOrderId> orders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            org.aftersales.core.id.RepairOrderId ro = org.aftersales.core.id.RepairOrderId.of(w.desk.checkIn(
                    walkIn(zhang(), "v-" + i, 1, "Overhaul")).get(0).subject());
            Walk.toApproved(w.desk, ro, List.of(new Commands.Line("L1", EstimateLine.Kind.LABOUR, "overhaul",
                    "OIL-CHANGE", null, new java.math.BigDecimal("7"), null, Payer.CUSTOMER, 0),
                    part("P1", FILTER, "1", "45.50", 0)));
            orders.add(ro);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Object>> runs = new ArrayList<>();
            for (org.aftersales.core.id.RepairOrderId ro : orders) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return w.desk.dispatch(new Commands.Dispatch(ro, TEAM_A.name(), WANG));
                    } catch (ConcurrentUpdateException e) {
                        return e;
                    }
                }, pool));
            }
            List<Object> outcomes = new ArrayList<>();
            for (CompletableFuture<Object> f : runs) {
                outcomes.add(f.get(20, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(o -> o instanceof ConcurrentUpdateException).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof List).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        // 7 of 12.8 usable hours: the day holds one job, not two
        assertThat(w.desk.workload(TEAM_A.name(), LocalDate.of(2026, 12, 1)).total()).isEqualByComparingTo("7");
        assertThat(orders.stream().map(w::order).map(RepairOrder::status))
                .containsExactlyInAnyOrder(RepairOrderStatus.DISPATCHED, RepairOrderStatus.APPROVED);
    }
}
