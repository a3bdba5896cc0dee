package org.aftersales.inventory.operations;

import static org.aftersales.inventory.operations.Shop.BRAKE_PADS;
import static org.aftersales.inventory.operations.Shop.BRAKE_PADS_AFTERMARKET;
import static org.aftersales.inventory.operations.Shop.CLERK;
import static org.aftersales.inventory.operations.Shop.ENGINE_OIL;
import static org.aftersales.inventory.operations.Shop.OIL_FILTER;
import static org.aftersales.inventory.operations.Shop.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.Storage;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.value.Money;
import org.aftersales.core.value.Quantity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parts counter (P11): quotes with the information the law requires, genuine recommended, sales with documents at once. */
class CounterTest {

    static final CustomerId DEALER = CustomerId.of("dealer-cheng-an");

    Storage storage;
    PartsWarehouse warehouse;

    @BeforeEach
    void open() {
        storage = Shop.storage(Shop.clock());
        warehouse = Shop.warehouse(storage, Shop.clock()).build();
        Stocked.put(warehouse, BRAKE_PADS, 4);
        Stocked.put(warehouse, BRAKE_PADS_AFTERMARKET, 4);
        // the larger lot first: the home bin is chosen for the first delivery's size
        Stocked.put(warehouse, ENGINE_OIL, 3, TODAY.minusMonths(1), TODAY.plusMonths(34));
        Stocked.put(warehouse, ENGINE_OIL, 2, TODAY.minusMonths(3), TODAY.plusMonths(30));
    }

    static PartLine line(PartNumber part, long n) {
        return new PartLine(part, Quantity.pieces(n));
    }

    @Test
    void P11_aQuoteForAnAftermarketPartRecommendsTheGenuineOneWithTheReason() {
        CounterQuote quote = warehouse.quote(new CounterCommands.Quote(null, List.of(line(BRAKE_PADS_AFTERMARKET, 1),
                line(ENGINE_OIL, 2))));
        CounterQuote.Line pads = quote.lines().get(0);
        assertThat(pads.info().unitPrice()).isEqualTo(Money.ofYuan("150.00"));
        assertThat(pads.info().origin()).isEqualTo("Taizhou");
        assertThat(pads.info().maker()).isEqualTo("Generic Auto");
        assertThat(pads.info().specification()).isNotBlank();
        assertThat(pads.info().grade()).isNotBlank();
        assertThat(pads.available()).isEqualTo(4);
        assertThat(pads.recommendation().part()).isEqualTo(BRAKE_PADS);
        assertThat(pads.recommendation().reason().en()).contains("genuine part");
        assertThat(quote.lines().get(1).recommendation()).isNull();
        assertThat(quote.total()).isEqualTo(Money.ofYuan("670.00"));
        assertThat(storage.events().since(0, 100)).extracting(e -> e.event().type())
                .doesNotContain("parts.counter-sold");
    }

    @Test
    void P11_aSaleOnAccountIssuesEarliestExpiryFirstAndMakesItsDocumentAtOnce() {
        warehouse.openAccount(new AccountCommands.Open(DEALER, "Cheng'an dealer", CustomerAccount.Kind.SECONDARY_DEALER,
                Money.ZERO, false));
        warehouse.payIn(new AccountCommands.PayIn(DEALER, Money.ofYuan("2000.00"), "BANK-7", false));
        SaleDocument sale = warehouse.sell(new CounterCommands.Sell(DEALER, List.of(line(ENGINE_OIL, 3),
                line(BRAKE_PADS, 1)), true, CLERK));

        assertThat(sale.id().value()).isEqualTo("CS-2026-000001");
        assertThat(sale.total()).isEqualTo(Money.ofYuan("1100.00"));
        assertThat(sale.balanceAfter()).isEqualTo(Money.ofYuan("900.00"));
        ProductInformation oil = sale.lines().get(0).info();
        assertThat(oil.perishable()).isTrue();
        assertThat(oil.certificate()).isTrue();
        assertThat(oil.lots()).extracting(ProductInformation.LotDates::quantity, ProductInformation.LotDates::expires)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, TODAY.plusMonths(30)),
                        org.assertj.core.groups.Tuple.tuple(1L, TODAY.plusMonths(34)));
        assertThat(sale.lines().get(1).info().lots()).isEmpty();
        assertThat(warehouse.sale(sale.id())).isEqualTo(sale);
        assertThat(warehouse.movements(ENGINE_OIL)).filteredOn(m -> m.kind() == MovementKind.COUNTER_SALE)
                .extracting(StockMovement::document).containsOnly("counter-sale:CS-2026-000001");
    }

    @org.junit.jupiter.api.RepeatedTest(3)
    @org.junit.jupiter.api.Timeout(30)
    void P10_concurrentSalesOnOneAccountNeverTakeItBelowItsLimitAndLoseNoMovement() throws Exception {
        // 4 brake pads in stock at 320.00 each
        warehouse.openAccount(new AccountCommands.Open(DEALER, "Cheng'an dealer", CustomerAccount.Kind.SECONDARY_DEALER,
                Money.ofYuan("300.00"), false));
        warehouse.payIn(new AccountCommands.PayIn(DEALER, Money.ofYuan("700.00"), "BANK-7", false));
        PartsWarehouse busy = Shop.warehouse(storage, Shop.clock()).attempts(200).build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.CompletableFuture<Integer>> workers = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                workers.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    ReservationConcurrencyTest.await(start);
                    int sold = 0;
                    for (int k = 0; k < 2; k++) {
                        try {
                            busy.sell(new CounterCommands.Sell(DEALER, List.of(line(BRAKE_PADS, 1)), true, CLERK));
                            sold++;
                        } catch (BusinessRuleException refused) {
                            assertThat(refused.rule()).isEqualTo("account.insufficient");
                        }
                    }
                    return sold;
                }, pool));
            }
            start.countDown();
            java.util.concurrent.CompletableFuture.allOf(workers.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(20, java.util.concurrent.TimeUnit.SECONDS);
            int sold = workers.stream().mapToInt(java.util.concurrent.CompletableFuture::join).sum();

            // 700 + 300 credit = 1000 = 3 x 320 with 40 left: three sales, then every draw is refused
            assertThat(sold).isEqualTo(3);
            assertThat(busy.account(DEALER).balance()).isEqualTo(Money.ofYuan("-260.00"));
            assertThat(busy.account(DEALER).entries()).hasSize(4);
            assertThat(busy.stock(BRAKE_PADS).onHand()).isEqualTo(1);
            assertThat(busy.movements(BRAKE_PADS)).filteredOn(m -> m.kind() == MovementKind.COUNTER_SALE).hasSize(3);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void P11_aRefusedDrawSellsNothing() {
        warehouse.openAccount(new AccountCommands.Open(DEALER, "Cheng'an dealer", CustomerAccount.Kind.SECONDARY_DEALER,
                Money.ZERO, false));
        warehouse.payIn(new AccountCommands.PayIn(DEALER, Money.ofYuan("100.00"), "BANK-7", false));
        assertThatThrownBy(() -> warehouse.sell(new CounterCommands.Sell(DEALER, List.of(line(BRAKE_PADS, 1)), true,
                CLERK))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.rule()).isEqualTo("account.insufficient"));
        assertThat(warehouse.stock(BRAKE_PADS).onHand()).isEqualTo(4);
        assertThat(warehouse.account(DEALER).balance()).isEqualTo(Money.ofYuan("100.00"));
    }

    @Test
    void P11_unknownOrUnpricedPartsAndAnAccountSaleWithoutCustomerAreRefused() {
        assertThatThrownBy(() -> warehouse.sell(new CounterCommands.Sell(null, List.of(line(OIL_FILTER, 1)), true,
                CLERK))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.code()).contains("sale.accountNeedsCustomer"));
        assertThatThrownBy(() -> warehouse.quote(new CounterCommands.Quote(null,
                List.of(line(PartNumber.of("NOPE-1"), 1))))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("lines[0].part"));
    }
}
