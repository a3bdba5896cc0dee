package org.aftersales.store.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.core.storekit.Noted;

/**
 * One of the processes of {@link PgTwoProcessesTest}: threads that each, in units of work, take
 * a repair-order number, add one to ann's balance and publish an event, retrying when another
 * thread or process got there first. Prints every number it committed, one per line, then
 * {@code DONE}.
 */
public final class LoadMain {

    private LoadMain() {
    }

    /**
     * @param args URL, user, password, schema, threads, units per thread
     * @throws Exception when a thread fails
     */
    public static void main(String[] args) throws Exception {
        JdbcStoreConfig config = JdbcStoreConfig.builder().url(args[0]).user(args[1]).password(args[2]).schema(args[3])
                .migrate(false).build();
        int threads = Integer.parseInt(args[4]);
        int each = Integer.parseInt(args[5]);
        ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
        try (Storage storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build()) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> run(storage, each, numbers)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
        }
        StringBuilder out = new StringBuilder();
        numbers.forEach(n -> out.append(n).append('\n'));
        System.out.print(out);
        System.out.println("DONE");
    }

    /**
     * One thread's work: units of work that each take a repair-order number, add one to ann's
     * balance and publish an event, retried when another thread or process stored ann first.
     *
     * @param storage the storage
     * @param each how many units to commit
     * @param numbers collects the committed numbers
     * @return nothing
     */
    static Void run(Storage storage, int each, Queue<Long> numbers) {
        SequenceFormat ro = SequenceFormat.yearly("repair-order", "RO", 6);
        CustomerId annId = CustomerId.of("ann");
        for (int i = 0; i < each; i++) {
            while (true) {
                try {
                    numbers.add(storage.inUnitOfWork(work -> {
                        long n = work.sequence(ro).next().counter();
                        Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
                        Versioned<Account> ann = accounts.get(annId);
                        accounts.save(ann.value().plus(1), ann.version());
                        work.publish(Noted.of("n" + n));
                        return n;
                    }));
                    break;
                } catch (ConcurrentUpdateException stale) {
                    // someone else stored ann first: read again and retry
                }
            }
        }
        return null;
    }
}
