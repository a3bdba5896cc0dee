package org.aftersales.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.spi.ForwardingRepository;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.store.spi.StorageTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pattern a domain module follows to store its aggregate with its own queries, shown with
 * bins found by part number (P3: one part number, one bin).
 */
class BinsTest {

    /** A bin snapshot, as parts-inventory would define it. */
    record Bin(BinCode id, PartNumber part) implements Aggregate<BinCode> {

        static final Index<Bin, PartNumber> BY_PART = Index.exact("part-number", Bin::part);
        static final AggregateType<BinCode, Bin> TYPE = AggregateType.of("bin", BinCode.class, Bin.class).withIndex(BY_PART);

        Bin holding(PartNumber p) {
            return new Bin(id, p);
        }
    }

    /** The module's repository: generic operations plus its query. */
    interface BinRepository extends Repository<BinCode, Bin> {

        RepositoryType<BinCode, Bin, BinRepository> TYPE = RepositoryType.of(BinRepository.class, Bin.TYPE, OverAnyStore::new);

        default List<Versioned<Bin>> holding(PartNumber part) {
            return findBy(Bin.BY_PART, part);
        }

        final class OverAnyStore extends ForwardingRepository<BinCode, Bin> implements BinRepository {
            OverAnyStore(Repository<BinCode, Bin> generic) {
                super(generic);
            }
        }
    }

    private static final PartNumber FILTER = PartNumber.of("15400-RTA-003");
    private static final PartNumber PANEL = PartNumber.of("83550-T0A-A01");

    @Test
    void P3_findsTheBinOfAPartNumberThroughTheIndex() {
        BinRepository bins = Storage.inMemory().repository(BinRepository.TYPE);
        Versioned<Bin> a1 = bins.save(new Bin(BinCode.of("A-01-01"), FILTER), Versioned.NEW);
        bins.save(new Bin(BinCode.of("B-02-03"), PANEL), Versioned.NEW);
        assertThat(bins.holding(FILTER)).containsExactly(a1);
        bins.save(a1.value().holding(PANEL), a1.version());
        assertThat(bins.holding(FILTER)).isEmpty();
        assertThat(bins.holding(PANEL)).extracting(v -> v.value().id().value()).containsExactly("A-01-01", "B-02-03");
    }

    /** A store that answers the module's query natively, here by counting the calls. */
    static final class NativeBins extends ForwardingRepository<BinCode, Bin> implements BinRepository {
        static final AtomicInteger CALLS = new AtomicInteger();

        NativeBins(Repository<BinCode, Bin> generic) {
            super(generic);
        }

        @Override
        public List<Versioned<Bin>> holding(PartNumber part) {
            CALLS.incrementAndGet();
            return BinRepository.super.holding(part);
        }
    }

    @Test
    void aStoreMaySupplyItsOwnImplementationOfAModuleRepository() {
        StorageProvider nativeStore = TestProviders.of("native", settings -> {
            StorageEngine memory = new InMemoryStorageProvider().open(settings);
            return new StorageEngine() {
                @Override
                public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
                    return memory.repository(type);
                }

                @Override
                public <ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>> R repository(
                        RepositoryType<ID, A, R> type) {
                    if (type == BinRepository.TYPE) {
                        return type.repositoryInterface().cast(new NativeBins(BinRepository.TYPE.adapt(memory.repository(Bin.TYPE))));
                    }
                    return StorageEngine.super.repository(type);
                }

                @Override
                public long nextNumber(String sequence, int period) {
                    return memory.nextNumber(sequence, period);
                }

                @Override
                public StorageTransaction begin() {
                    return memory.begin();
                }

                @Override
                public List<StoredEvent> events(long afterPosition, int max) {
                    return memory.events(afterPosition, max);
                }

                @Override
                public void close() {
                    memory.close();
                }
            };
        });
        Storage storage = Storage.builder().provider(nativeStore).build();
        BinRepository bins = storage.repository(BinRepository.TYPE);
        bins.save(new Bin(BinCode.of("A-01-01"), FILTER), Versioned.NEW);
        int before = NativeBins.CALLS.get();
        assertThat(bins.holding(FILTER)).hasSize(1);
        assertThat(NativeBins.CALLS.get()).isEqualTo(before + 1);
    }

    @Test
    @Timeout(60)
    void queriesNeverReturnABinWhoseCurrentPartDiffersWhileBinsMove() throws Exception {
        BinRepository bins = Storage.inMemory().repository(BinRepository.TYPE);
        for (int i = 0; i < 4; i++) {
            bins.save(new Bin(BinCode.of("A-0" + i), FILTER), Versioned.NEW);
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> mover = pool.submit(() -> {
                for (int round = 0; round < 5_000; round++) {
                    for (int i = 0; i < 4; i++) {
                        Versioned<Bin> b = bins.get(BinCode.of("A-0" + i));
                        bins.save(b.value().holding(b.value().part().equals(FILTER) ? PANEL : FILTER), b.version());
                    }
                }
            });
            int queries = 0;
            while (!mover.isDone()) {
                for (Versioned<Bin> hit : bins.holding(FILTER)) {
                    assertThat(hit.value().part()).isEqualTo(FILTER);
                }
                queries++;
            }
            mover.get(); // a mover that failed fails the test
            assertThat(queries).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(bins.holding(FILTER).size() + bins.holding(PANEL).size()).isEqualTo(4);
    }
}
