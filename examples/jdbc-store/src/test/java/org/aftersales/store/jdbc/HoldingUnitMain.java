package org.aftersales.store.jdbc;

import java.util.List;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.EventSubscriber;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.core.storekit.Noted;

/**
 * A second process for {@link PgKillTest}: it runs one unit of work (a number, a save, an event)
 * into its commit and stops there for good, after the rows are written and before the database
 * commits, printing {@code HOLDING}; the test then kills it with {@code kill -9}.
 */
public final class HoldingUnitMain {

    private HoldingUnitMain() {
    }

    /**
     * @param args URL, user, password, schema
     */
    public static void main(String[] args) {
        JdbcStoreConfig config = JdbcStoreConfig.builder().url(args[0]).user(args[1]).password(args[2]).schema(args[3])
                .migrate(false).poolSize(2).build();
        EventSubscriber holder = new EventSubscriber() {
            @Override
            public String id() {
                return "holder";
            }

            @Override
            public void prepare(List<DomainEvent> events) {
                System.out.println("HOLDING");
                System.out.flush();
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }

            @Override
            public void committed(List<StoredEvent> events) {
            }
        };
        Storage storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).subscriber(holder)
                .build();
        storage.run(work -> {
            work.sequence(SequenceFormat.yearly("repair-order", "RO", 6)).next();
            Repository<CustomerId, Account> accounts = work.repository(Account.TYPE);
            Versioned<Account> ann = accounts.get(CustomerId.of("ann"));
            accounts.save(ann.value().plus(-100), ann.version());
            work.publish(Noted.of("never"));
        });
        System.out.println("COMMITTED");
    }
}
