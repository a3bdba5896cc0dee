package org.aftersales.inventory.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.value.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Customer accounts (P10): prepaid deposits drawn down, never below zero or the agreed limit. */
class CustomerAccountTest {

    static final CustomerId STATION = CustomerId.of("station-wu-an");
    static final CustomerId STEEL_WORKS = CustomerId.of("handan-steel");

    Shop.MovingClock clock;
    Storage storage;
    PartsWarehouse warehouse;

    @BeforeEach
    void open() {
        clock = new Shop.MovingClock(Shop.NOW);
        storage = Shop.storage(clock);
        warehouse = Shop.warehouse(storage, clock).attempts(100).build();
    }

    @Test
    void P10_drawsComeOffTheDepositAndAreRefusedBelowZero() {
        warehouse.openAccount(new AccountCommands.Open(STATION, "Wu'an service station",
                CustomerAccount.Kind.SERVICE_STATION, Money.ZERO, false));
        warehouse.payIn(new AccountCommands.PayIn(STATION, Money.ofYuan("1000.00"), "BANK-1", false));
        warehouse.draw(new AccountCommands.Draw(STATION, Money.ofYuan("640.00"), "CS-1"));
        assertThatThrownBy(() -> warehouse.draw(new AccountCommands.Draw(STATION, Money.ofYuan("400.00"), "CS-2")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.rule()).isEqualTo("account.insufficient");
                    assertThat(e.text().en()).contains("360.00 CNY can still be drawn");
                });
        assertThat(warehouse.account(STATION).balance()).isEqualTo(Money.ofYuan("360.00"));
        assertThat(warehouse.account(STATION).entries()).hasSize(2);
    }

    @Test
    void P10_aKeyCustomerDrawsToItsCreditLimitAndSettlesWhatWasCollected() {
        warehouse.openAccount(new AccountCommands.Open(STEEL_WORKS, "Handan steel works fleet",
                CustomerAccount.Kind.KEY_CUSTOMER, Money.ofYuan("5000.00"), true));
        warehouse.draw(new AccountCommands.Draw(STEEL_WORKS, Money.ofYuan("1200.00"), "CS-1"));
        clock.advance(Duration.ofDays(3));
        warehouse.draw(new AccountCommands.Draw(STEEL_WORKS, Money.ofYuan("3800.00"), "CS-2"));
        assertThatThrownBy(() -> warehouse.draw(new AccountCommands.Draw(STEEL_WORKS, Money.ofYuan("0.01"), "CS-3")))
                .isInstanceOf(BusinessRuleException.class);

        Statement month = warehouse.statement(STEEL_WORKS, Shop.TODAY, Shop.TODAY.plusDays(30));
        assertThat(month.opening()).isEqualTo(Money.ZERO);
        assertThat(month.drawn()).isEqualTo(Money.ofYuan("5000.00"));
        assertThat(month.closing()).isEqualTo(Money.ofYuan("-5000.00"));
        assertThat(month.toSettle()).isEqualTo(Money.ofYuan("5000.00"));

        clock.advance(Duration.ofDays(30));
        warehouse.payIn(new AccountCommands.PayIn(STEEL_WORKS, Money.ofYuan("5000.00"), "SETTLE-2026-12", true));
        Statement later = warehouse.statement(STEEL_WORKS, Shop.TODAY.plusDays(31), Shop.TODAY.plusDays(40));
        assertThat(later.opening()).isEqualTo(Money.ofYuan("-5000.00"));
        assertThat(later.entries()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(CustomerAccount.EntryKind.SETTLEMENT));
        assertThat(later.toSettle()).isEqualTo(Money.ZERO);
    }

    @Test
    void P10_badAmountsAreRefusedWithEveryProblem() {
        warehouse.openAccount(new AccountCommands.Open(STATION, "Station", CustomerAccount.Kind.SERVICE_STATION,
                Money.ZERO, false));
        assertThatThrownBy(() -> warehouse.draw(new AccountCommands.Draw(STATION, Money.of("-5", "USD"), "X")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.code())
                                .containsExactly("money.positive", "money.currency"));
        assertThatThrownBy(() -> warehouse.openAccount(new AccountCommands.Open(STATION, "Again",
                CustomerAccount.Kind.SERVICE_STATION, Money.ZERO, false))).isInstanceOf(BusinessRuleException.class);
    }

    @RepeatedTest(3)
    @Timeout(30)
    void P10_oneAccountUnderConcurrentDrawsNeverGoesBelowItsLimit() throws Exception {
        warehouse.openAccount(new AccountCommands.Open(STATION, "Station", CustomerAccount.Kind.SECONDARY_DEALER,
                Money.ofYuan("50.00"), false));
        warehouse.payIn(new AccountCommands.PayIn(STATION, Money.ofYuan("100.00"), "BANK-1", false));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                workers.add(CompletableFuture.supplyAsync(() -> {
                    ReservationConcurrencyTest.await(start);
                    int ok = 0;
                    for (int k = 0; k < 4; k++) {
                        try {
                            warehouse.draw(new AccountCommands.Draw(STATION, Money.ofYuan("10.00"),
                                    "CS-" + thread + "-" + k));
                            ok++;
                        } catch (BusinessRuleException refused) {
                            assertThat(refused.rule()).isEqualTo("account.insufficient");
                        }
                    }
                    return ok;
                }, pool));
            }
            start.countDown();
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            int drawn = workers.stream().mapToInt(CompletableFuture::join).sum();

            assertThat(drawn).isEqualTo(15);
            CustomerAccount account = warehouse.account(STATION);
            assertThat(account.balance()).isEqualTo(Money.ofYuan("-50.00"));
            assertThat(account.entries()).hasSize(16);
            assertThat(account.entries()).allSatisfy(e ->
                    assertThat(e.balance().compareTo(Money.ofYuan("-50.00"))).isGreaterThanOrEqualTo(0));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
