package org.aftersales.core.store;

import java.util.Objects;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.spi.StorageTransaction;

/** The {@link UnitOfWork} handed to the work function: a guard over one store transaction. */
final class Work implements UnitOfWork {

    private final Storage storage;
    private final StorageTransaction tx;
    private boolean open = true;

    Work(Storage storage, StorageTransaction tx) {
        this.storage = storage;
        this.tx = tx;
    }

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        check();
        return tx.repository(type);
    }

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>> R repository(
            RepositoryType<ID, A, R> type) {
        check();
        return tx.repository(type);
    }

    @Override
    public Sequence sequence(SequenceFormat format) {
        check();
        return storage.numbers(format, (name, period) -> {
            check();
            return tx.nextNumber(name, period);
        });
    }

    @Override
    public void publish(DomainEvent event) {
        check();
        tx.append(Objects.requireNonNull(event, "event"));
    }

    void end() {
        open = false;
    }

    private void check() {
        if (!open) {
            throw new StorageException("store.unitOfWorkEnded", StoreMessages.MESSAGES.text("store.unitOfWorkEnded"), null);
        }
    }
}
