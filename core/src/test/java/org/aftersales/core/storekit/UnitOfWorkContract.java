package org.aftersales.core.storekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.plugin.Plugin;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Units of work (C7, C8): all or nothing, events after the commit only, and a failure injected
 * at each step of a commit leaves the store exactly as it was.
 */
public abstract class UnitOfWorkContract extends StorageContract {

    private static final SequenceFormat RO = SequenceFormat.yearly("repair-order", "RO", 6);
    private static final CustomerId ANN = CustomerId.of("ann");
    private static final CustomerId BOB = CustomerId.of("bob");

    /** A plugin type the work calls, as a domain service calls its policies. */
    public interface Policy extends Plugin {
        /** @param account the account about to be saved */
        void check(Account account);
    }

    /**
     * Seeds ann (v1) and bob (v1), one committed event and one number.
     *
     * @param storage the storage
     */
    private static void seed(Storage storage) {
        storage.run(work -> {
            work.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
            work.repository(Account.TYPE).save(Account.open("bob", "gold"), Versioned.NEW);
            work.sequence(RO).next();
            work.publish(Noted.of("seeded"));
        });
    }

    /** A transfer of 100 from ann to bob, numbered, with an event; steps can be made to fail. */
    private static void transfer(UnitOfWork work, Runnable betweenSaves) {
        Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
        work.sequence(RO).next();
        Versioned<Account> ann = accounts.get(ANN);
        accounts.save(ann.value().plus(-100), ann.version());
        betweenSaves.run();
        Versioned<Account> bob = accounts.get(BOB);
        accounts.save(bob.value().plus(100), bob.version());
        work.publish(Noted.of("transfer"));
    }

    @Test
    void aCommittedUnitStoresEverythingAndThenDeliversItsEvents() {
        RecordingSubscriber board = new RecordingSubscriber("board", 0);
        Storage storage = open(storage().subscriber(board));
        seed(storage);
        storage.run(work -> {
            transfer(work, () -> { });
            assertThat(board.committed).extracting(e -> ((Noted) e.event()).note()).containsExactly("seeded");
        });
        assertThat(storage.repository(Account.TYPE).get(ANN)).isEqualTo(new Versioned<>(Account.open("ann", "gold").plus(-100), 2));
        assertThat(storage.repository(Account.TYPE).get(BOB).value().balance()).isEqualTo(100);
        assertThat(board.committed).extracting(StoredEvent::position).containsExactly(1L, 2L);
        assertThat(storage.events().since(1, 10)).extracting(e -> ((Noted) e.event()).note()).containsExactly("transfer");
        assertThat(storage.sequence(RO).next().counter()).isEqualTo(3);
    }

    @Test
    void aUnitReadsItsOwnWritesAndQueriesSeeThem() {
        Storage storage = open();
        seed(storage);
        storage.run(work -> {
            AccountRepository accounts = work.repository(AccountRepository.TYPE);
            Versioned<Account> ann = accounts.save(accounts.get(ANN).value().inTier("silver"), 1);
            assertThat(accounts.get(ANN)).isEqualTo(ann);
            assertThat(accounts.inTier("silver")).containsExactly(ann);
            assertThat(accounts.inTier("gold")).extracting(v -> v.value().id()).containsExactly(BOB);
            assertThat(storage.repository(Account.TYPE).get(ANN).value().tier()).as("not visible outside yet").isEqualTo("gold");
            Versioned<Account> again = accounts.save(ann.value().plus(5), ann.version());
            assertThat(again.version()).isEqualTo(3);
        });
        assertThat(storage.repository(Account.TYPE).get(ANN).version()).as("one commit, two saves").isEqualTo(3);
    }

    @Test
    void aStaleSaveInsideAUnitIsRefusedAtOnce() {
        Storage storage = open();
        seed(storage);
        State before = state(storage, "ann", "bob");
        assertThatThrownBy(() -> storage.run(work -> {
            Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
            Versioned<Account> saved = accounts.save(accounts.get(ANN).value().plus(1), 1);
            accounts.save(saved.value().plus(1), 1);
        })).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).as("the unit's own save counts").isEqualTo(2);
        });
        assertThat(state(storage, "ann", "bob")).isEqualTo(before);
    }

    @Test
    void aUnitCannotBeUsedAfterItEnded() {
        Storage storage = open();
        AtomicReference<UnitOfWork> leaked = new AtomicReference<>();
        AtomicReference<Repository<CustomerId, Account>> leakedRepo = new AtomicReference<>();
        storage.run(work -> {
            leaked.set(work);
            leakedRepo.set(work.repository(Account.TYPE));
        });
        assertThatThrownBy(() -> leaked.get().publish(Noted.of("late"))).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.code()).isEqualTo("store.unitOfWorkEnded"));
        assertThatThrownBy(() -> leakedRepo.get().save(Account.open("ann", "gold"), 0))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("store.unitOfWorkEnded"));
        assertThat(storage.repository(Account.TYPE).find(ANN)).isEmpty();
    }

    /** A failure injected at each step of a commit leaves the store exactly as it was. */
    @Nested
    class FailureAtEachStep {

        @Test
        void anExceptionBetweenTwoSaves() {
            Storage storage = open();
            seed(storage);
            State before = state(storage, "ann", "bob");
            assertThatThrownBy(() -> storage.run(work -> transfer(work, () -> {
                throw new IllegalStateException("power cut");
            }))).hasMessage("power cut");
            assertUnchanged(storage, before);
        }

        @Test
        void aStaleSaveDetectedAtCommit() {
            Storage storage = open();
            seed(storage);
            State before = state(storage, "ann", "bob");
            AtomicReference<State> afterRival = new AtomicReference<>();
            assertThatThrownBy(() -> storage.run(work -> {
                transfer(work, () -> { });
                // a rival stores bob after this unit read him, before it commits
                Repository<CustomerId, Account> outside = storage.repository(Account.TYPE);
                outside.save(outside.get(BOB).value().inTier("silver"), 1);
                afterRival.set(state(storage, "ann", "bob"));
            })).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
                assertThat(e.id()).isEqualTo("bob");
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
            });
            assertThat(state(storage, "ann", "bob")).isEqualTo(afterRival.get());
            assertThat(afterRival.get().accounts().get(0)).isEqualTo(before.accounts().get(0));
            assertThat(storage.sequence(RO).next().counter()).as("no number burned").isEqualTo(2);
        }

        @Test
        void C8_aThrowingPluginInTheWork() {
            Storage storage = open();
            seed(storage);
            State before = state(storage, "ann", "bob");
            Policy lenient = new Policy() {
                @Override
                public String id() {
                    return "lenient";
                }

                @Override
                public void check(Account account) {
                }
            };
            Policy strict = new Policy() {
                @Override
                public String id() {
                    return "no-negative-balance";
                }

                @Override
                public void check(Account account) {
                    if (account.balance() < 0) {
                        throw new IllegalArgumentException("balance would be " + account.balance());
                    }
                }
            };
            PluginHost<Policy> policies = PluginHost.builder(Policy.class).discovery(false).register(strict, lenient).build();
            assertThatThrownBy(() -> storage.run(work -> transfer(work,
                    () -> policies.forEach(p -> p.check(work.repository(Account.TYPE).get(ANN).value())))))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.pluginId()).isEqualTo("no-negative-balance");
                        assertThat(e.getCause()).hasMessage("balance would be -100");
                        assertThat(e.text().en()).contains("no-negative-balance");
                    });
            assertUnchanged(storage, before);
        }

        @Test
        void aSubscriberVetoingBeforeTheCommitPoint() {
            RecordingSubscriber first = new RecordingSubscriber("board", 1);
            RecordingSubscriber refusing = new RecordingSubscriber("audit", 2);
            RecordingSubscriber last = new RecordingSubscriber("zz-last", 3);
            Storage storage = open(storage().subscriber(last).subscriber(first).subscriber(refusing));
            seed(storage);
            refusing.failingInPrepare();
            State before = state(storage, "ann", "bob");
            assertThatThrownBy(() -> storage.run(work -> transfer(work, () -> { })))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.pluginId()).isEqualTo("audit");
                        assertThat(e.getCause()).hasMessage("audit refuses");
                    });
            assertUnchanged(storage, before);
            assertThat(first.prepared).containsExactly("seeded", "transfer");
            assertThat(first.abandoned).containsExactly("transfer");
            assertThat(last.prepared).as("later subscribers are not asked").containsExactly("seeded");
            assertThat(first.committed).hasSize(1);
        }

        private void assertUnchanged(Storage storage, State before) {
            assertThat(state(storage, "ann", "bob")).isEqualTo(before);
            assertThat(storage.sequence(RO).next().counter()).as("no number burned").isEqualTo(2);
        }
    }

    @Test
    void aSubscriberFailingAfterTheCommitPointLosesNoEvent() {
        RecordingSubscriber down = new RecordingSubscriber("scoring", 1);
        RecordingSubscriber board = new RecordingSubscriber("board", 2);
        Storage storage = open(storage().subscriber(down).subscriber(board));
        seed(storage);
        down.failingInCommitted();
        storage.run(work -> transfer(work, () -> { }));

        assertThat(storage.repository(Account.TYPE).get(BOB).value().balance()).as("the commit stands").isEqualTo(100);
        assertThat(board.committed).as("other subscribers still told").hasSize(2);
        assertThat(storage.events().failures()).singleElement().satisfies(f -> {
            assertThat(f.subscriberId()).isEqualTo("scoring");
            assertThat(f.firstPosition()).isEqualTo(2);
            assertThat(f.failure().pluginId()).isEqualTo("scoring");
            assertThat(f.failure().getCause()).hasMessage("scoring is down");
        });
        List<StoredEvent> missed = storage.events().since(down.committed.get(down.committed.size() - 1).position(), 100);
        assertThat(missed).extracting(e -> ((Noted) e.event()).note()).containsExactly("transfer");
    }

    @Test
    void eventsOfARolledBackUnitNeverReachTheLog() {
        RecordingSubscriber board = new RecordingSubscriber("board", 0);
        Storage storage = open(storage().subscriber(board));
        assertThatThrownBy(() -> storage.run(work -> {
            work.publish(Noted.of("never"));
            throw new IllegalStateException("no");
        })).hasMessage("no");
        assertThat(storage.events().since(0, 10)).isEmpty();
        assertThat(board.prepared).isEmpty();
        assertThat(board.committed).isEmpty();
    }
}
