package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.aftersales.inventory.operations.Shop.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Quantity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A reservation never takes stock another holds, whatever the concurrency (P12); no movement is lost (P6). */
class ReservationConcurrencyTest {

    Storage storage;
    PartsWarehouse warehouse;
    ExecutorService pool;

    @BeforeEach
    void open() {
        storage = Shop.storage(Shop.clock());
        warehouse = Shop.warehouse(storage, Shop.clock()).attempts(50).build();
        pool = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @RepeatedTest(5)
    @Timeout(30)
    void P12_eightThreadsReservingTheLastFiveUnitsEndWithExactlyFiveReserved() throws Exception {
        Stocked.put(warehouse, OIL_FILTER, 5);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Reservation>> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SupplyDocument doc = SupplyDocument.repairOrder("RO-" + i);
            workers.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return warehouse.reserve(new LedgerCommands.Reserve(doc,
                        List.of(new PartLine(OIL_FILTER, Quantity.pieces(1))), TODAY));
            }, pool));
        }
        start.countDown();
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        long complete = workers.stream().map(CompletableFuture::join).filter(Reservation::complete).count();

        assertThat(complete).isEqualTo(5);
        StockItem item = warehouse.stock(OIL_FILTER);
        assertThat(item.reserved()).isEqualTo(5);
        assertThat(item.holds()).hasSize(5).allSatisfy(h -> assertThat(h.quantity()).isEqualTo(1));
        assertThat(item.free(TODAY)).isZero();
    }

    @Test
    @Timeout(30)
    void P6_concurrentIssuesLoseNoMovementAndNeverOversell() throws Exception {
        Stocked.put(warehouse, OIL_FILTER, 30);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> workers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SupplyDocument doc = SupplyDocument.repairOrder("RO-" + i);
            workers.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                int issued = 0;
                for (int k = 0; k < 5; k++) {
                    try {
                        warehouse.issue(new LedgerCommands.Issue(doc,
                                List.of(new PartLine(OIL_FILTER, Quantity.pieces(1)))));
                        issued++;
                    } catch (org.aftersales.core.error.BusinessRuleException soldOut) {
                        assertThat(soldOut.rule()).isEqualTo("stock.insufficient");
                    }
                }
                return issued > 0;
            }, pool));
        }
        start.countDown();
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

        List<StockMovement> issues = warehouse.movements(OIL_FILTER).stream()
                .filter(m -> m.kind() == MovementKind.ISSUE_TO_REPAIR_ORDER).toList();
        assertThat(issues).hasSize(30);
        assertThat(warehouse.stock(OIL_FILTER).onHand()).isZero();
        long sum = warehouse.movements(OIL_FILTER).stream().filter(m -> m.bin() != null)
                .mapToLong(StockMovement::quantity).sum();
        assertThat(sum).isZero();
        assertThat(issues).extracting(m -> m.id().value()).doesNotHaveDuplicates();
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
