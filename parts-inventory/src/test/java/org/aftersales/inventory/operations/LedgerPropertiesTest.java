package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.CLERK;
import static org.aftersales.inventory.operations.Shop.ENGINE_OIL;
import static org.aftersales.inventory.operations.Shop.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.aftersales.core.error.AftersalesException;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random days at the warehouse (P6, P12): receipts with dates, reservations, releases, issues,
 * returns, counts, reversals and the clock moving on, in any order. Whatever happened, and
 * whatever was refused: stock is never negative, what documents hold never exceeds what is on
 * hand, and the movements add up to the stock, in total and bin by bin.
 */
class LedgerPropertiesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void P6_theMovementsAlwaysAddUpToTheStockAndNothingGoesNegative(long seed) {
        Random random = new Random(seed);
        Shop.MovingClock clock = new Shop.MovingClock(Shop.NOW);
        Storage storage = Shop.storage(clock);
        PartsWarehouse warehouse = Shop.warehouse(storage, clock).build();
        List<SupplyDocument> documents = List.of(SupplyDocument.repairOrder("RO-1"), SupplyDocument.repairOrder("RO-2"),
                new SupplyDocument(SupplyDocument.Kind.COUNTER_SALE, "CS-1"), SupplyDocument.appointment("AP-1"));
        Stocked.put(warehouse, ENGINE_OIL, 6, TODAY.minusYears(1), TODAY.plusDays(20));
        BinCode bin = warehouse.stock(ENGINE_OIL).bins().get(0);
        int refused = 0;
        for (int step = 0; step < 120; step++) {
            SupplyDocument doc = documents.get(random.nextInt(documents.size()));
            List<PartLine> lines = List.of(new PartLine(ENGINE_OIL, Quantity.pieces(1 + random.nextInt(3))));
            try {
                switch (random.nextInt(8)) {
                    // refill while the home bin has room (it was chosen for the first delivery's size)
                    case 0 -> {
                        if (warehouse.stock(ENGINE_OIL).onHand() <= 4) {
                            Stocked.put(warehouse, ENGINE_OIL, 1 + random.nextInt(2), TODAY,
                                    TODAY.plusDays(random.nextInt(60)));
                        }
                    }
                    case 1 -> warehouse.reserve(new LedgerCommands.Reserve(doc, lines, TODAY));
                    case 2 -> warehouse.release(new LedgerCommands.Release(doc));
                    case 3, 4 -> warehouse.issue(new LedgerCommands.Issue(doc, lines));
                    case 5 -> warehouse.giveBack(new LedgerCommands.GiveBack(doc, lines));
                    case 6 -> warehouse.count(new LedgerCommands.Count(ENGINE_OIL, bin,
                            Math.max(0, warehouse.stock(ENGINE_OIL).inBin(bin) + random.nextInt(3) - 1), CLERK));
                    default -> clock.advance(Duration.ofDays(random.nextInt(5)));
                }
            } catch (AftersalesException refusedByARule) {
                refused++;
            }
            StockItem item = warehouse.stock(ENGINE_OIL);
            assertThat(item.lots()).allSatisfy(l -> assertThat(l.quantity()).isPositive());
            assertThat(item.reserved()).isLessThanOrEqualTo(item.onHand());
            List<StockMovement> movements = warehouse.movements(ENGINE_OIL);
            long dock = movements.stream().filter(m -> m.bin() == null).mapToLong(StockMovement::quantity).sum()
                    - movements.stream().filter(m -> m.kind() == MovementKind.PUTAWAY)
                            .mapToLong(StockMovement::quantity).sum();
            long inBins = movements.stream().filter(m -> m.bin() != null).mapToLong(StockMovement::quantity).sum();
            assertThat(dock + inBins).as("movements add up at step %d", step).isEqualTo(item.onHand());
            assertThat(warehouse.binCard(bin).balance()).isEqualTo(item.inBin(bin));
        }
        assertThat(refused).as("the walk also met refusals").isPositive();
    }
}
