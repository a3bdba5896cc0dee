package org.aftersales.core.storekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.error.ValidationException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.VehicleId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Repositories: find, versioned save, stale writes refused, indexed queries (C7). */
public abstract class RepositoryContract extends StorageContract {

    private static final CustomerId ANN = CustomerId.of("ann");

    @Test
    void findsNothingInAnEmptyStore() {
        Repository<CustomerId, Account> accounts = open().repository(Account.TYPE);
        assertThat(accounts.find(ANN)).isEmpty();
        assertThatThrownBy(() -> accounts.get(ANN))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo("kit-account");
                    assertThat(e.id()).isEqualTo("ann");
                });
    }

    @Test
    void firstSaveIsVersionOneAndEachSaveAddsOne() {
        Repository<CustomerId, Account> accounts = open().repository(Account.TYPE);
        Versioned<Account> first = accounts.save(Account.open("ann", "gold"), Versioned.NEW);
        assertThat(first.version()).isEqualTo(1);
        Versioned<Account> second = accounts.save(first.value().plus(500), first.version());
        assertThat(second.version()).isEqualTo(2);
        assertThat(accounts.get(ANN)).isEqualTo(new Versioned<>(Account.open("ann", "gold").plus(500), 2));
    }

    @Nested
    class StaleWrites {

        @Test
        void C7_refusesStaleWriteNamingBothVersionsAndKeepsTheStoredOne() {
            Repository<CustomerId, Account> accounts = open().repository(Account.TYPE);
            Versioned<Account> v1 = accounts.save(Account.open("ann", "gold"), Versioned.NEW);
            accounts.save(v1.value().plus(100), 1);
            assertThatThrownBy(() -> accounts.save(v1.value().plus(999), 1))
                    .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.actualVersion()).isEqualTo(2);
                        assertThat(e.aggregateType()).isEqualTo("kit-account");
                        assertThat(e.id()).isEqualTo("ann");
                        assertThat(e.text().en()).contains("version 1", "version is 2");
                        assertThat(e.text().zh()).contains("1", "2");
                        assertThat(e.code()).isEqualTo("concurrent-update");
                    });
            assertThat(accounts.get(ANN).value().balance()).isEqualTo(100);
            assertThat(accounts.get(ANN).version()).isEqualTo(2);
        }

        @Test
        void refusesCreatingWhatExists() {
            Repository<CustomerId, Account> accounts = open().repository(Account.TYPE);
            accounts.save(Account.open("ann", "gold"), Versioned.NEW);
            assertThatThrownBy(() -> accounts.save(Account.open("ann", "silver"), Versioned.NEW))
                    .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                        assertThat(e.expectedVersion()).isZero();
                        assertThat(e.actualVersion()).isEqualTo(1);
                    });
            assertThat(accounts.get(ANN).value().tier()).isEqualTo("gold");
        }

        @Test
        void refusesUpdatingWhatDoesNotExist() {
            Repository<CustomerId, Account> accounts = open().repository(Account.TYPE);
            assertThatThrownBy(() -> accounts.save(Account.open("ann", "gold"), 3))
                    .isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> assertThat(e.actualVersion()).isZero());
            assertThat(accounts.find(ANN)).isEmpty();
        }

        @Test
        void refusesAMissingAggregateWithAValidationError() {
            Repository<CustomerId, Account> accounts = open().repository(Account.TYPE);
            assertThatThrownBy(() -> accounts.save(null, Versioned.NEW)).isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class Queries {

        @Test
        void findsByExactKeyInIdOrderAndFollowsKeyChanges() {
            Storage storage = open();
            AccountRepository accounts = storage.repository(AccountRepository.TYPE);
            accounts.save(Account.open("carl", "gold"), Versioned.NEW);
            accounts.save(Account.open("ann", "gold"), Versioned.NEW);
            Versioned<Account> bob = accounts.save(Account.open("bob", "silver"), Versioned.NEW);
            assertThat(ids(accounts.inTier("gold"))).containsExactly("ann", "carl");
            assertThat(ids(accounts.inTier("silver"))).containsExactly("bob");

            accounts.save(bob.value().inTier("gold"), bob.version());
            assertThat(ids(accounts.inTier("gold"))).containsExactly("ann", "bob", "carl");
            assertThat(accounts.inTier("silver")).isEmpty();
            assertThat(accounts.inTier("bronze")).isEmpty();
        }

        @Test
        void rangeQueryOnAPartialSortedIndexAnswersInKeyOrder() {
            AccountRepository accounts = open().repository(AccountRepository.TYPE);
            LocalDate today = LocalDate.of(2026, 3, 1);
            accounts.save(Account.open("ann", "gold").dueOn(today.minusDays(1)), Versioned.NEW);
            accounts.save(Account.open("bob", "gold").dueOn(today.minusDays(9)), Versioned.NEW);
            accounts.save(Account.open("cyd", "gold").dueOn(today), Versioned.NEW);
            Versioned<Account> dan = accounts.save(Account.open("dan", "gold").dueOn(today.minusDays(1)), Versioned.NEW);
            accounts.save(Account.open("eve", "gold"), Versioned.NEW);

            assertThat(ids(accounts.overdue(today))).containsExactly("bob", "ann", "dan");
            accounts.save(dan.value().dueOn(null), dan.version());
            assertThat(ids(accounts.overdue(today))).containsExactly("bob", "ann");
            assertThat(ids(accounts.findRange(Account.BY_DUE, today.minusDays(1), null))).containsExactly("ann", "cyd");
            assertThat(ids(accounts.findRange(Account.BY_DUE, today, today))).isEmpty();
            assertThat(ids(accounts.findBy(Account.BY_DUE, today))).containsExactly("cyd");
        }

        @Test
        void refusesAnIndexTheTypeDoesNotDeclareAndRangeOnAnExactIndex() {
            AccountRepository accounts = open().repository(AccountRepository.TYPE);
            Index<Account, Long> undeclared = Index.sorted("balance", Account::balance);
            assertThatThrownBy(() -> accounts.findBy(undeclared, 0L)).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.code()).isEqualTo("store.unknownIndex");
                assertThat(e.text().en()).contains("balance");
                assertThat(e.text().zh()).contains("balance");
            });
            assertThatThrownBy(() -> accounts.findRange(Account.BY_TIER, "a", "z"))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.code()).isEqualTo("store.notSorted");
                        assertThat(e.text().en()).contains("tier");
                    });
        }
    }

    /** Another type claiming the kit account's name. */
    record Impostor(VehicleId id) implements Aggregate<VehicleId> {
    }

    @Test
    void refusesTwoDifferentTypesUnderOneName() {
        Storage storage = open();
        storage.repository(Account.TYPE);
        AggregateType<VehicleId, Impostor> impostor = AggregateType.of("kit-account", VehicleId.class, Impostor.class);
        assertThatThrownBy(() -> storage.repository(impostor)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.code()).isEqualTo("store.typeMismatch");
            assertThat(e.text().en()).contains("kit-account");
            assertThat(e.text().zh()).contains("kit-account");
        });
    }

    @Test
    void aModuleRepositoryAndTheGenericOneSeeTheSameData() {
        Storage storage = open();
        storage.repository(AccountRepository.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        assertThat(storage.repository(Account.TYPE).get(ANN).value().tier()).isEqualTo("gold");
        assertThat(storage.repository(AccountRepository.TYPE).type()).isSameAs(Account.TYPE);
    }

    /**
     * @param found query results
     * @return their id texts, in order
     */
    protected static List<String> ids(List<Versioned<Account>> found) {
        return found.stream().map(v -> v.value().id().value()).toList();
    }
}
