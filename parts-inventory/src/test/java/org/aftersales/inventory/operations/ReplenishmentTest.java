package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.BRAKE_PADS;
import static org.aftersales.inventory.operations.Shop.BULB;
import static org.aftersales.inventory.operations.Shop.CLIP;
import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.SupplierId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Replenishment (P7), with figures worked out by hand. Policy: our defaults, z = 1.65, weekly
 * review (R = 7 days).
 *
 * <p><b>Oil filter</b>, 10 days of demand 2, 4, 3, 5, 1, 3, 2, 4, 3, 3: total D = 30, mean
 * d = 3.0. Deviations -1, 1, 0, 2, -2, 0, -1, 1, 0, 0; squares sum to 12; variance 12 / 10 =
 * 1.2; s = 1.0954. Lead time L = 4 days, sqrt(L) = 2. Safety stock = ceil(1.65 x 1.0954 x 2) =
 * ceil(3.615) = 4. Reorder point = ceil(30 x 4 / 10) + 4 = 12 + 4 = 16. Order-up-to =
 * ceil(30 x 11 / 10) + 4 = 33 + 4 = 37. Position: 10 on hand - 2 reserved + 3 due in = 11, at or
 * below 16, so order 37 - 11 = 26.
 *
 * <p><b>Brake pads</b>, demand 0, 1, 0, 0, 1, 0, 0, 0, 1, 0: D = 3, d = 0.3. Squares: seven days
 * of 0.09 and three of 0.49, sum 2.1; variance 0.21; s = 0.4583. L = 10, sqrt(L) = 3.1623.
 * Safety stock = ceil(1.65 x 0.4583 x 3.1623) = ceil(2.391) = 3. Reorder point = ceil(3 x 10 /
 * 10) + 3 = 6. Order-up-to = ceil(3 x 17 / 10) + 3 = ceil(5.1) + 3 = 9. Position 8 is above 6:
 * no order.
 *
 * <p><b>ABC</b> by demand value: oil filter 30 x 48 = 1440, brake pads 3 x 320 = 960, bulb 10 x
 * 35 = 350, clip 10 x 5 = 50; total 2800. Share of value before each: oil filter 0 (A), brake
 * pads 1440 / 2800 = 51.4% (A, below 80%), bulb 2400 / 2800 = 85.7% (B, below 95%), clip 2750 /
 * 2800 = 98.2% (C).
 */
class ReplenishmentTest {

    static final List<Long> OIL_DEMAND = List.of(2L, 4L, 3L, 5L, 1L, 3L, 2L, 4L, 3L, 3L);
    static final List<Long> PAD_DEMAND = List.of(0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L);

    @Test
    void P7_figuresOfAFastMoverAsWorkedByHand() {
        Replenishment.Figures f = Replenishment.figures(OIL_FILTER, OIL_DEMAND, 4, 11, ReplenishmentPolicy.defaults());
        assertThat(f.demand()).isEqualTo(30);
        assertThat(f.meanDaily()).isEqualTo(3.0);
        assertThat(f.deviation()).isCloseTo(1.0954, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(f.safetyStock()).isEqualTo(4);
        assertThat(f.reorderPoint()).isEqualTo(16);
        assertThat(f.orderUpTo()).isEqualTo(37);
        assertThat(f.suggested()).isEqualTo(26);
    }

    @Test
    void P7_figuresOfASlowMoverAsWorkedByHand() {
        Replenishment.Figures f = Replenishment.figures(BRAKE_PADS, PAD_DEMAND, 10, 8, ReplenishmentPolicy.defaults());
        assertThat(f.deviation()).isCloseTo(0.4583, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(f.safetyStock()).isEqualTo(3);
        assertThat(f.reorderPoint()).isEqualTo(6);
        assertThat(f.orderUpTo()).isEqualTo(9);
        assertThat(f.suggested()).isZero();
        assertThat(Replenishment.figures(BRAKE_PADS, PAD_DEMAND, 10, 6, ReplenishmentPolicy.defaults()).suggested())
                .isEqualTo(3);
    }

    @Test
    void P7_abcClassesByDemandValueAsWorkedByHand() {
        Map<org.aftersales.core.id.PartNumber, Replenishment.AbcClass> abc = Replenishment.abc(
                Map.of(OIL_FILTER, 30L, BRAKE_PADS, 3L, BULB, 10L, CLIP, 10L),
                Map.of(OIL_FILTER, Money.ofYuan("48"), BRAKE_PADS, Money.ofYuan("320"), BULB, Money.ofYuan("35"),
                        CLIP, Money.ofYuan("5")),
                ReplenishmentPolicy.defaults());
        assertThat(abc).containsEntry(OIL_FILTER, Replenishment.AbcClass.A)
                .containsEntry(BRAKE_PADS, Replenishment.AbcClass.A)
                .containsEntry(BULB, Replenishment.AbcClass.B)
                .containsEntry(CLIP, Replenishment.AbcClass.C);
    }

    @Test
    void P7_theLedgersIssuesAreTheDemandHistoryBehindTheSuggestedOrder() {
        Shop.MovingClock clock = new Shop.MovingClock(Shop.NOW.minus(Duration.ofDays(9)));
        Storage storage = Shop.storage(clock);
        PartsWarehouse warehouse = Shop.warehouse(storage, clock).build();
        Stocked.put(warehouse, OIL_FILTER, 40);
        for (int day = 0; day < 10; day++) {
            SupplyDocument ro = SupplyDocument.repairOrder("RO-" + day);
            warehouse.issue(new LedgerCommands.Issue(ro,
                    List.of(new PartLine(OIL_FILTER, Quantity.pieces(OIL_DEMAND.get(day))))));
            if (day < 9) {
                clock.advance(Duration.ofDays(1));
            }
        }
        // 40 - 30 issued = 10 on hand; hold 2 and expect 3, as in the worked example
        warehouse.reserve(new LedgerCommands.Reserve(SupplyDocument.repairOrder("RO-X"),
                List.of(new PartLine(OIL_FILTER, Quantity.pieces(2))), Shop.TODAY));
        warehouse.expect(new LedgerCommands.ExpectGoods(OIL_FILTER, "PO-1", Shop.TODAY.plusDays(2), 3));
        assertThat(warehouse.demandHistory(OIL_FILTER, 10)).isEqualTo(OIL_DEMAND);

        PurchaseSuggestion po = warehouse.suggestPurchaseOrder(SupplierId.of("gac-honda-parts"),
                Map.of(OIL_FILTER, 4, BULB, 5), 10, ReplenishmentPolicy.defaults());
        assertThat(po.lines()).singleElement().satisfies(l -> {
            assertThat(l.part()).isEqualTo(OIL_FILTER);
            assertThat(l.quantity()).isEqualTo(26);
            assertThat(l.abc()).isEqualTo(Replenishment.AbcClass.A);
        });
    }

    @Test
    void P7_secondaryDealersAtTheirRefillLevelAreRefilledFromFreeStock() {
        Storage storage = Shop.storage(Shop.clock());
        PartsWarehouse warehouse = Shop.warehouse(storage, Shop.clock()).build();
        Stocked.put(warehouse, OIL_FILTER, 12);
        CustomerId dealerA = CustomerId.of("dealer-cheng-an");
        CustomerId dealerB = CustomerId.of("dealer-she-xian");
        List<DealerStock.Refill> refills = warehouse.dealerRefills(List.of(
                new DealerStock(dealerA, OIL_FILTER, 2, 4, 10),
                new DealerStock(dealerB, OIL_FILTER, 3, 3, 8),
                new DealerStock(dealerB, BULB, 9, 3, 8)));
        assertThat(refills).extracting(r -> r.stock().dealer(), DealerStock.Refill::quantity,
                DealerStock.Refill::coveredFromStock).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(dealerA, 8L, true),
                        org.assertj.core.groups.Tuple.tuple(dealerB, 5L, false));
    }
}
