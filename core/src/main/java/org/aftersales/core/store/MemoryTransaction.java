package org.aftersales.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.event.DomainEvent;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.spi.CommitHook;
import org.aftersales.core.store.spi.StagedSaves;
import org.aftersales.core.store.spi.StorageTransaction;

/**
 * A transaction of the in-memory store. Saves are staged (checked against the committed
 * version at once); counters are held from the first take until the end; events are staged.
 * The commit locks every touched cell in a fixed order, re-checks every version, reads every
 * index key, asks the hook, and only then writes: nothing after the hook can fail, so a commit
 * is all or nothing.
 */
final class MemoryTransaction implements StorageTransaction {

    private final MemoryEngine engine;
    private final StagedSaves<Table<?, ?>> saves = new StagedSaves<>(this::checkOpen);
    private final Map<Counter, long[]> reserved = new LinkedHashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private boolean ended;

    MemoryTransaction(MemoryEngine engine) {
        this.engine = engine;
    }

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        checkOpen();
        Table<ID, A> table = engine.table(type);
        return saves.view(type, table, table);
    }

    @Override
    public long nextNumber(String sequence, int period) {
        checkOpen();
        Counter counter = engine.counter(sequence, period);
        long[] taken = reserved.get(counter);
        if (taken == null) {
            counter.acquire(engine.lockTimeout());
            taken = new long[1];
            reserved.put(counter, taken);
        }
        taken[0]++;
        return counter.value() + taken[0];
    }

    @Override
    public void append(DomainEvent event) {
        checkOpen();
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public List<StoredEvent> commit(CommitHook hook) {
        Objects.requireNonNull(hook, "hook");
        checkOpen();
        ended = true;
        List<StagedSaves.Save<Table<?, ?>>> staged = saves.inCommitOrder();
        List<Cell<?>> locked = new ArrayList<>(staged.size());
        try {
            for (StagedSaves.Save<Table<?, ?>> s : staged) {
                Cell<?> cell = cell(s.table(), s);
                cell.lock.lock();
                locked.add(cell);
            }
            List<Table.Write<?, ?>> writes = new ArrayList<>(staged.size());
            for (StagedSaves.Save<Table<?, ?>> s : staged) {
                writes.add(plan(s.table(), s));
            }
            List<DomainEvent> batch = List.copyOf(events);
            hook.beforeVisible(batch);
            // The commit point: from here on nothing can fail.
            for (Table.Write<?, ?> w : writes) {
                w.apply();
            }
            reserved.forEach((counter, taken) -> counter.advance(taken[0]));
            return batch.isEmpty() ? List.of() : engine.log().append(batch, hook);
        } finally {
            for (int i = locked.size() - 1; i >= 0; i--) {
                locked.get(i).lock.unlock();
            }
            releaseCounters();
        }
    }

    private static <ID extends Identifier, A extends Aggregate<ID>> Cell<A> cell(Table<ID, A> table, StagedSaves.Save<?> s) {
        return table.cell(table.type().idType().cast(s.id()));
    }

    private static <ID extends Identifier, A extends Aggregate<ID>> Table.Write<ID, A> plan(
            Table<ID, A> table, StagedSaves.Save<?> s) {
        ID id = table.type().idType().cast(s.id());
        return table.plan(id, table.cell(id), table.type().aggregateClass().cast(s.value()), s.base(), s.version());
    }

    @Override
    public void rollback() {
        if (!ended) {
            ended = true;
            releaseCounters();
        }
    }

    private void releaseCounters() {
        reserved.keySet().forEach(Counter::release);
        reserved.clear();
        saves.clear();
        events.clear();
    }

    private void checkOpen() {
        if (ended) {
            throw new StorageException("store.unitOfWorkEnded", StoreMessages.MESSAGES.text("store.unitOfWorkEnded"), null);
        }
    }
}
