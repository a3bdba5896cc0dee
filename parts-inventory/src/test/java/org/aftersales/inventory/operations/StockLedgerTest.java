package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.BRAKE_PADS;
import static org.aftersales.inventory.operations.Shop.CLERK;
import static org.aftersales.inventory.operations.Shop.ENGINE_OIL;
import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.aftersales.inventory.operations.Shop.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The stock ledger (P6) and available to promise (P12). */
class StockLedgerTest {

    static final SupplyDocument RO_1 = SupplyDocument.repairOrder("RO-2026-000001");
    static final SupplyDocument RO_2 = SupplyDocument.repairOrder("RO-2026-000002");

    Shop.MovingClock clock;
    Storage storage;
    PartsWarehouse warehouse;

    @BeforeEach
    void open() {
        clock = new Shop.MovingClock(Shop.NOW);
        storage = Shop.storage(clock);
        warehouse = Shop.warehouse(storage, clock).build();
    }

    static List<PartLine> line(org.aftersales.core.id.PartNumber part, long n) {
        return List.of(new PartLine(part, Quantity.pieces(n)));
    }

    @Test
    void P12_availableToPromiseIsOnHandLessReservedLessBlockedPlusDueInByTheDate() {
        Stocked.put(warehouse, OIL_FILTER, 10);
        warehouse.reserve(new LedgerCommands.Reserve(RO_1, line(OIL_FILTER, 4), TODAY));
        warehouse.expect(new LedgerCommands.ExpectGoods(OIL_FILTER, "PO-77", TODAY.plusDays(3), 20));

        assertThat(warehouse.availableToPromise(OIL_FILTER, TODAY)).isEqualTo(6);
        assertThat(warehouse.availableToPromise(OIL_FILTER, TODAY.plusDays(2))).isEqualTo(6);
        assertThat(warehouse.availableToPromise(OIL_FILTER, TODAY.plusDays(3))).isEqualTo(26);
        assertThat(warehouse.stock(OIL_FILTER).earliestDate(TODAY, 10)).isEqualTo(TODAY.plusDays(3));
        assertThat(warehouse.stock(OIL_FILTER).earliestDate(TODAY, 40)).isNull();
    }

    @Test
    void P12_blockedStockIsNeitherPromisedNorIssued() {
        Stocked.put(warehouse, OIL_FILTER, 10);
        warehouse.reserve(new LedgerCommands.Reserve(RO_1, line(OIL_FILTER, 3), TODAY));
        StockItem item = warehouse.block(new LedgerCommands.Block(OIL_FILTER, 2, "crushed boxes found", CLERK));
        assertThat(item.blocked()).isEqualTo(2);
        assertThat(warehouse.availableToPromise(OIL_FILTER, TODAY)).isEqualTo(5);
        assertThatThrownBy(() -> warehouse.issue(new LedgerCommands.Issue(RO_2, line(OIL_FILTER, 6))))
                .isInstanceOf(BusinessRuleException.class);
        warehouse.issue(new LedgerCommands.Issue(RO_2, line(OIL_FILTER, 5)));
        assertThatThrownBy(() -> warehouse.block(new LedgerCommands.Block(OIL_FILTER, 4, "more", CLERK)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("stock.block"));
        warehouse.block(new LedgerCommands.Block(OIL_FILTER, -2, "supplier took them back in credit", CLERK));
        assertThat(warehouse.stock(OIL_FILTER).blocked()).isZero();
        assertThat(warehouse.availableToPromise(OIL_FILTER, TODAY)).isEqualTo(2);
    }

    @Test
    void P12_aReservationIsWholeOrNothingAndNeverTakesWhatAnotherHolds() {
        Stocked.put(warehouse, OIL_FILTER, 5);
        Reservation first = warehouse.reserve(new LedgerCommands.Reserve(RO_1, line(OIL_FILTER, 4), TODAY));
        Reservation second = warehouse.reserve(new LedgerCommands.Reserve(RO_2, line(OIL_FILTER, 2), TODAY));
        assertThat(first.complete()).isTrue();
        assertThat(second.complete()).isFalse();
        assertThat(second.shortLines()).singleElement().satisfies(s -> {
            assertThat(s.availableNow()).isEqualTo(Quantity.pieces(1));
            assertThat(s.earliest()).isEmpty();
        });
        assertThat(warehouse.stock(OIL_FILTER).heldBy(RO_2)).isZero();
        assertThatThrownBy(() -> warehouse.issue(new LedgerCommands.Issue(RO_2, line(OIL_FILTER, 2))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("stock.reservedByOthers"));
        warehouse.issue(new LedgerCommands.Issue(RO_2, line(OIL_FILTER, 1)));
        warehouse.issue(new LedgerCommands.Issue(RO_1, line(OIL_FILTER, 4)));
        assertThat(warehouse.stock(OIL_FILTER).onHand()).isZero();
        assertThat(warehouse.stock(OIL_FILTER).reserved()).isZero();
    }

    @Test
    void P6_stockNeverGoesNegativeAndAFailedIssueChangesNothing() {
        Stocked.put(warehouse, OIL_FILTER, 3);
        Stocked.put(warehouse, BRAKE_PADS, 1);
        long movements = warehouse.movements(OIL_FILTER).size();
        assertThatThrownBy(() -> warehouse.issue(new LedgerCommands.Issue(RO_1, List.of(
                new PartLine(OIL_FILTER, Quantity.pieces(2)), new PartLine(BRAKE_PADS, Quantity.pieces(2))))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.rule()).isEqualTo("stock.insufficient");
                    assertThat(e.text().en()).isEqualTo("Part 45022-TBA-A01: 2 wanted, only 1 can be issued.");
                });
        assertThat(warehouse.stock(OIL_FILTER).onHand()).isEqualTo(3);
        assertThat(warehouse.movements(OIL_FILTER)).hasSize((int) movements);
    }

    @Test
    void P6_goodsOnTheDockArePromisedButNotIssued() {
        warehouse.receive(new ReceiveGoods(org.aftersales.core.id.SupplierId.of("s"), "PL", CLERK,
                List.of(PackingLine.asListed(OIL_FILTER, 4))));
        assertThat(warehouse.availableToPromise(OIL_FILTER, TODAY)).isEqualTo(4);
        assertThatThrownBy(() -> warehouse.issue(new LedgerCommands.Issue(RO_1, line(OIL_FILTER, 1))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo("stock.onDock"));
    }

    @Test
    void P6_returnsGoBackIntoTheLotTheyLeftAndNeverMoreThanWasIssued() {
        Receipt r = Stocked.put(warehouse, ENGINE_OIL, 6, TODAY.minusMonths(2), TODAY.plusYears(2));
        warehouse.issue(new LedgerCommands.Issue(RO_1, line(ENGINE_OIL, 4)));
        warehouse.giveBack(new LedgerCommands.GiveBack(RO_1, line(ENGINE_OIL, 1)));
        StockItem oil = warehouse.stock(ENGINE_OIL);
        assertThat(oil.lots()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(3);
            assertThat(l.expires()).isEqualTo(TODAY.plusYears(2));
            assertThat(l.bin()).isEqualTo(r.tasks().get(0).bin());
        });
        assertThat(oil.issuedTo(RO_1)).isEqualTo(3);
        assertThatThrownBy(() -> warehouse.giveBack(new LedgerCommands.GiveBack(RO_1, line(ENGINE_OIL, 4))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("stock.returnMore"));
    }

    @Test
    void P6_everyMovementIsTypedAndKeptAndAMistakeIsReversedNotEdited() {
        Receipt r = Stocked.put(warehouse, OIL_FILTER, 10);
        BinCode bin = r.tasks().get(0).bin();
        StockMovement adjustment = warehouse.count(new LedgerCommands.Count(OIL_FILTER, bin, 7, CLERK));
        assertThat(adjustment.kind()).isEqualTo(MovementKind.COUNT_ADJUSTMENT);
        assertThat(adjustment.quantity()).isEqualTo(-3);
        assertThat(warehouse.stock(OIL_FILTER).inBin(bin)).isEqualTo(7);

        StockMovement reversal = warehouse.reverse(new LedgerCommands.Reverse(adjustment.id(), CLERK,
                "three found behind the bin"));
        assertThat(reversal.kind()).isEqualTo(MovementKind.REVERSAL);
        assertThat(reversal.reverses()).isEqualTo(adjustment.id());
        assertThat(reversal.quantity()).isEqualTo(3);
        assertThat(warehouse.stock(OIL_FILTER).inBin(bin)).isEqualTo(10);
        assertThatThrownBy(() -> warehouse.reverse(new LedgerCommands.Reverse(adjustment.id(), CLERK, "again")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("movement.reversed"));

        List<StockMovement> ledger = warehouse.movements(OIL_FILTER);
        assertThat(ledger).extracting(StockMovement::kind).containsExactly(MovementKind.RECEIPT,
                MovementKind.PUTAWAY, MovementKind.COUNT_ADJUSTMENT, MovementKind.REVERSAL);
        assertThat(ledger.get(2)).isEqualTo(adjustment);
        assertThat(warehouse.binCard(bin).entries()).extracting(BinCard.Entry::balance).containsExactly(10L, 7L, 10L);
    }

    @Test
    void P6_aCountThatFindsHeldPiecesMissingCutsTheLatestHold() {
        Receipt r = Stocked.put(warehouse, OIL_FILTER, 5);
        warehouse.reserve(new LedgerCommands.Reserve(RO_1, line(OIL_FILTER, 3), TODAY));
        warehouse.reserve(new LedgerCommands.Reserve(RO_2, line(OIL_FILTER, 2), TODAY));
        warehouse.count(new LedgerCommands.Count(OIL_FILTER, r.tasks().get(0).bin(), 4, CLERK));
        StockItem item = warehouse.stock(OIL_FILTER);
        assertThat(item.heldBy(RO_1)).isEqualTo(3);
        assertThat(item.heldBy(RO_2)).isEqualTo(1);
        PartsEvent.StockCounted counted = storage.events().since(0, 100).stream().map(e -> e.event())
                .filter(PartsEvent.StockCounted.class::isInstance).map(PartsEvent.StockCounted.class::cast)
                .findFirst().orElseThrow();
        assertThat(counted.holdsCut()).containsExactly(new Hold(RO_2, 1));
    }

    @Test
    void P6_stockAccuracyIsTheShareOfCountsThatMatched() {
        Receipt r = Stocked.put(warehouse, OIL_FILTER, 10);
        Receipt p = Stocked.put(warehouse, BRAKE_PADS, 4);
        assertThat(warehouse.stockAccuracy()).isEqualTo(1.0);
        warehouse.count(new LedgerCommands.Count(OIL_FILTER, r.tasks().get(0).bin(), 10, CLERK));
        warehouse.count(new LedgerCommands.Count(BRAKE_PADS, p.tasks().get(0).bin(), 5, CLERK));
        warehouse.count(new LedgerCommands.Count(BRAKE_PADS, p.tasks().get(0).bin(), 5, CLERK));
        warehouse.count(new LedgerCommands.Count(OIL_FILTER, r.tasks().get(0).bin(), 10, CLERK));
        assertThat(warehouse.stockAccuracy()).isEqualTo(0.75);
        assertThat(warehouse.stock(BRAKE_PADS).onHand()).isEqualTo(5);
    }

    @Nested
    class Expiry {

        @Test
        void P6_expiredStockIsRefusedAtIssue() {
            Stocked.put(warehouse, ENGINE_OIL, 4, TODAY.minusYears(3), TODAY.plusDays(1));
            assertThat(warehouse.availableToPromise(ENGINE_OIL, TODAY.plusDays(2))).isZero();
            clock.advance(Duration.ofDays(2));
            assertThatThrownBy(() -> warehouse.issue(new LedgerCommands.Issue(RO_1, line(ENGINE_OIL, 1))))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo("stock.expired");
                        assertThat(e.text().en()).contains("4 pieces are expired and blocked from issue");
                        assertThat(e.text().zh()).contains("已过期");
                    });
            assertThat(warehouse.stock(ENGINE_OIL).onHand()).isEqualTo(4);
            assertThat(warehouse.availableToPromise(ENGINE_OIL, TODAY.plusDays(2))).isZero();
        }

        @Test
        void P6_aLotMayBeIssuedOnItsExpiryDateButNotTheDayAfter() {
            Stocked.put(warehouse, ENGINE_OIL, 2, TODAY.minusYears(3), TODAY);
            warehouse.issue(new LedgerCommands.Issue(RO_1, line(ENGINE_OIL, 1)));
            clock.advance(Duration.ofDays(1));
            assertThatThrownBy(() -> warehouse.issue(new LedgerCommands.Issue(RO_1, line(ENGINE_OIL, 1))))
                    .isInstanceOf(BusinessRuleException.class);
        }

        @Test
        void P6_earliestExpiryIsIssuedFirst() {
            Stocked.put(warehouse, ENGINE_OIL, 3, TODAY.minusMonths(1), TODAY.plusYears(3));
            Stocked.put(warehouse, ENGINE_OIL, 2, TODAY.minusYears(2), TODAY.plusMonths(2));
            Stocked.put(warehouse, ENGINE_OIL, 2, TODAY.minusYears(1), TODAY.plusYears(1));
            List<StockMovement> out = warehouse.issue(new LedgerCommands.Issue(RO_1, line(ENGINE_OIL, 3)));
            assertThat(out).extracting(StockMovement::expires)
                    .containsExactly(TODAY.plusMonths(2), TODAY.plusYears(1));
            assertThat(out).extracting(StockMovement::quantity).containsExactly(-2L, -1L);
            assertThat(warehouse.stock(ENGINE_OIL).lots()).extracting(Lot::expires, Lot::quantity)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(TODAY.plusYears(1), 1L),
                            org.assertj.core.groups.Tuple.tuple(TODAY.plusYears(3), 3L));
        }
    }
}
