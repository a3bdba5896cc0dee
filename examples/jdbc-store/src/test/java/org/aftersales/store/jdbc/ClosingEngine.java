package org.aftersales.store.jdbc;

import java.util.List;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageTransaction;

/** An engine that does one more thing once it is closed, such as dropping its test schema. */
final class ClosingEngine implements StorageEngine {

    private final StorageEngine engine;
    private final Runnable afterClose;

    ClosingEngine(StorageEngine engine, Runnable afterClose) {
        this.engine = engine;
        this.afterClose = afterClose;
    }

    @Override
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        return engine.repository(type);
    }

    @Override
    public long nextNumber(String sequence, int period) {
        return engine.nextNumber(sequence, period);
    }

    @Override
    public StorageTransaction begin() {
        return engine.begin();
    }

    @Override
    public List<StoredEvent> events(long afterPosition, int max) {
        return engine.events(afterPosition, max);
    }

    @Override
    public void close() {
        engine.close();
        afterClose.run();
    }
}
