package org.aftersales.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongBiFunction;
import org.aftersales.core.error.PluginFailureException;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.spi.StorageEngine;
import org.aftersales.core.store.spi.StorageProvider;
import org.aftersales.core.store.spi.StorageSettings;
import org.aftersales.core.store.spi.StorageTransaction;

/**
 * The entry point of storage (C7): repositories, gap-free sequences, units of work and the
 * event sink, over whichever {@link StorageProvider} is in use. Thread-safe.
 *
 * <pre>{@code
 * Storage storage = Storage.open();                      // a discovered provider, else in memory
 * IssuedNumber no = storage.inUnitOfWork(work -> {
 *     IssuedNumber number = work.sequence(RO_NUMBERS).next();
 *     RepairOrder order = RepairOrder.open(RepairOrderId.of(number.text()), ...);
 *     work.repository(RepairOrders.TYPE).save(order, Versioned.NEW);
 *     work.publishAll(order.events());
 *     return number;
 * });                                                   // all of it stored, or none
 * }</pre>
 *
 * <p>Outside a unit of work, every save and every number commits on its own. Sequence years
 * are calendar years in the configured zone (Asia/Shanghai by default) of the injected clock.
 */
public final class Storage implements AutoCloseable {

    /** The default zone of sequence years: China Standard Time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final StorageEngine engine;
    private final String providerId;
    private final Clock clock;
    private final ZoneId zone;
    private final EventSink events;
    private volatile boolean closed;

    private Storage(StorageEngine engine, String providerId, Clock clock, ZoneId zone,
            PluginHost<EventSubscriber> subscribers) {
        this.engine = engine;
        this.providerId = providerId;
        this.clock = clock;
        this.zone = zone;
        this.events = new EventSink(engine, subscribers);
    }

    /**
     * A new, empty in-memory storage with the system clock; no discovery.
     *
     * @return the storage
     */
    public static Storage inMemory() {
        return builder().discovery(false).build();
    }

    /**
     * A storage over the discovered provider with the lowest order, or in memory when none is
     * found; see {@link StorageProvider} for discovery.
     *
     * @return the storage
     * @throws PluginFailureException if a provider cannot be loaded or opened
     */
    public static Storage open() {
        return builder().build();
    }

    /** @return a builder with the defaults: discovery on, system clock, Asia/Shanghai */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the id of the provider in use, such as {@code memory} */
    public String providerId() {
        return providerId;
    }

    /** @return the clock sequence years are read from */
    public Clock clock() {
        return clock;
    }

    /** @return the zone sequence years are counted in */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The repository of an aggregate type; each save commits on its own.
     *
     * @param type the aggregate type
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @return the repository
     */
    public <ID extends Identifier, A extends Aggregate<ID>> Repository<ID, A> repository(AggregateType<ID, A> type) {
        checkOpen();
        return engine.repository(Objects.requireNonNull(type, "type"));
    }

    /**
     * A module's repository; each save commits on its own.
     *
     * @param type the module's repository declaration
     * @param <ID> the id type
     * @param <A> the snapshot type
     * @param <R> the module's repository interface
     * @return the repository
     */
    public <ID extends Identifier, A extends Aggregate<ID>, R extends Repository<ID, A>> R repository(
            RepositoryType<ID, A, R> type) {
        checkOpen();
        return engine.repository(Objects.requireNonNull(type, "type"));
    }

    /**
     * A sequence whose numbers commit as they are taken.
     *
     * @param format its format
     * @return the sequence
     */
    public Sequence sequence(SequenceFormat format) {
        checkOpen();
        return numbers(format, engine::nextNumber);
    }

    /** @return the event log and its subscribers */
    public EventSink events() {
        return events;
    }

    /**
     * Runs work as one unit: if the function returns, everything it saved, numbered and
     * published is committed together (then its events reach the subscribers); if it throws,
     * or the commit is refused, nothing is stored, no number is burned and no event is
     * delivered, and the exception reaches the caller unchanged.
     *
     * @param work the work, given its unit of work
     * @param <T> what the work returns
     * @return what the work returned
     * @throws org.aftersales.core.error.ConcurrentUpdateException if a save was stale at commit
     * @throws PluginFailureException if a subscriber vetoed the commit, or a plugin failed in
     *     the work
     */
    public <T> T inUnitOfWork(Function<? super UnitOfWork, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        checkOpen();
        StorageTransaction tx = engine.begin();
        Work unit = new Work(this, tx);
        T result;
        try {
            result = work.apply(unit);
        } catch (RuntimeException | Error e) {
            unit.end();
            try {
                tx.rollback();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        unit.end();
        tx.commit(events.hook());
        return result;
    }

    /**
     * Runs work that returns nothing as one unit; see {@link #inUnitOfWork}.
     *
     * @param work the work
     */
    public void run(Consumer<? super UnitOfWork> work) {
        Objects.requireNonNull(work, "work");
        inUnitOfWork(unit -> {
            work.accept(unit);
            return null;
        });
    }

    /** Closes the provider's engine; the storage is unusable afterwards. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            engine.close();
        }
    }

    Sequence numbers(SequenceFormat format, ToLongBiFunction<String, Integer> counters) {
        return new Numbers(Objects.requireNonNull(format, "format"), clock, zone, counters);
    }

    private void checkOpen() {
        if (closed) {
            throw new StorageException("store.closed", StoreMessages.MESSAGES.text("store.closed"), null);
        }
    }

    /** Configures a {@link Storage}. Not thread-safe; one per storage. */
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private ZoneId zone = DEFAULT_ZONE;
        private boolean discovery = true;
        private boolean discoverSubscribers;
        private StorageProvider provider;
        private String providerId;
        private Duration lockTimeout = StorageSettings.DEFAULT_LOCK_TIMEOUT;
        private final Map<String, String> properties = new HashMap<>();
        private final PluginHost.Builder<EventSubscriber> subscribers =
                PluginHost.builder(EventSubscriber.class).discovery(false);

        private Builder() {
        }

        /**
         * The clock sequence years are read from.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The zone sequence years are counted in; Asia/Shanghai by default.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Whether providers are looked up with {@link ServiceLoader}; on by default. Off, the
         * storage uses the provider given by hand, or the in-memory one.
         *
         * @param enabled false to switch discovery off
         * @return this builder
         */
        public Builder discovery(boolean enabled) {
            this.discovery = enabled;
            return this;
        }

        /**
         * Uses this provider; discovered ones are ignored.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder provider(StorageProvider provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * Picks the discovered provider with this id instead of the one with the lowest order.
         *
         * @param id the provider's id
         * @return this builder
         */
        public Builder providerId(String id) {
            this.providerId = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * How long a writer waits for a sequence held by a unit of work; 5 seconds by default.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * A provider-specific setting, such as a JDBC URL.
         *
         * @param key the setting's name
         * @param value its value
         * @return this builder
         */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Registers an event subscriber.
         *
         * @param subscriber the subscriber
         * @return this builder
         */
        public Builder subscriber(EventSubscriber subscriber) {
            subscribers.register(subscriber);
            return this;
        }

        /**
         * Also registers the event subscribers found with {@link ServiceLoader}; off by default.
         *
         * @return this builder
         */
        public Builder discoverSubscribers() {
            this.discoverSubscribers = true;
            return this;
        }

        /**
         * Opens the storage.
         *
         * @return the storage
         * @throws PluginFailureException if a provider or subscriber cannot be loaded, two share
         *     an id, or the provider fails to open
         */
        public Storage build() {
            StorageProvider chosen = choose();
            StorageSettings settings = new StorageSettings(lockTimeout, properties);
            StorageEngine engine;
            try {
                engine = Objects.requireNonNull(chosen.open(settings), "engine");
            } catch (RuntimeException e) {
                throw PluginFailureException.failed(chosen.id(), e);
            }
            PluginHost<EventSubscriber> host = subscribers.discovery(discoverSubscribers).build();
            return new Storage(engine, chosen.id(), clock, zone, host);
        }

        private StorageProvider choose() {
            if (provider != null) {
                return provider;
            }
            if (discovery) {
                PluginHost<StorageProvider> found = PluginHost.builder(StorageProvider.class)
                        .discoverWith(ServiceLoader.load(StorageProvider.class))
                        .register(new InMemoryStorageProvider())
                        .build();
                if (providerId != null) {
                    return found.find(providerId).orElseThrow(() -> new StorageException("store.unknownProvider",
                            StoreMessages.MESSAGES.text("store.unknownProvider", providerId, String.join(", ", found.ids())),
                            null));
                }
                return found.plugins().get(0);
            }
            return new InMemoryStorageProvider();
        }
    }

    @Override
    public String toString() {
        return "storage over " + providerId;
    }
}
