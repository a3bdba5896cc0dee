package org.aftersales.console;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.complaints.ComplaintEvent;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.error.StorageException;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.Identifier;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.serviceflow.ServiceEvent;
import org.aftersales.serviceflow.ServiceEvents;
import org.aftersales.store.jdbc.JdbcStorageProvider;
import org.aftersales.store.jdbc.JdbcStoreConfig;

/**
 * The console's one store: the JDBC store on the configured database (its own H2 file by
 * default), holding the workshop's orders, the complaints with their deadlines and
 * notifications, and the scoring assessments. A seeded store carries a {@link SeedMark}, so the
 * sample dealership is written once per store and a restart shows the same data plus whatever
 * people did since.
 */
final class ConsoleStore {

    /** The id of the one seed mark. */
    static final SeedMark.Id SAMPLE = new SeedMark.Id("sample-dealership");

    private ConsoleStore() {
    }

    /**
     * Marks a store into which the sample dealership was written.
     *
     * @param id the sample's id
     * @param seededAt when it was written
     */
    record SeedMark(Id id, Instant seededAt) implements Aggregate<SeedMark.Id> {

        /** The aggregate type; its table is {@code as_console_seed} on the JDBC store. */
        static final AggregateType<Id, SeedMark> TYPE = AggregateType.of("console-seed", Id.class, SeedMark.class);

        /** @param value the id's text */
        record Id(String value) implements Identifier {
            Id {
                value = Identifier.normalise("seed mark id", value);
            }
        }
    }

    /**
     * Opens the store the settings name.
     *
     * @param settings the console's settings
     * @return the open storage
     * @throws Unavailable if the store cannot be opened
     */
    static Storage open(ConsoleSettings settings) {
        JdbcStoreConfig config = withEventNames(settings.store());
        try {
            return Storage.builder().discovery(false).clock(settings.clock())
                    .provider(new JdbcStorageProvider(config)).build();
        } catch (RuntimeException e) {
            throw new Unavailable(config, e);
        }
    }

    /**
     * The event names of every module the console writes with, so that a restarted console
     * reads back the events an earlier run wrote (the progress board and the follow-up statistics
     * are rebuilt from them): complaints and deadlines by their classes, the
     * service desk's events by their streams.
     */
    static JdbcStoreConfig withEventNames(JdbcStoreConfig config) {
        JdbcStoreConfig.Builder b = config.toBuilder();
        ComplaintEvent.TYPES.forEach(b::eventType);
        Deadlines.EVENT_TYPES.forEach(b::eventType);
        ServiceEvents.ALL.forEach(type -> b.eventType(type, ServiceEvent.class));
        return b.build();
    }

    /** @return whether the sample dealership was already written to the store */
    static boolean seeded(Storage storage) {
        return storage.repository(SeedMark.TYPE).find(SAMPLE).isPresent();
    }

    /** Records that the sample dealership was written. */
    static void markSeeded(Storage storage, Instant at) {
        storage.repository(SeedMark.TYPE).save(new SeedMark(SAMPLE, at), Versioned.NEW);
    }

    /** The store could not be opened: says which and why, in both languages, with no stack trace. */
    static final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient LocalizedText text;

        Unavailable(JdbcStoreConfig config, RuntimeException cause) {
            super(cause.getMessage(), cause);
            String why = reason(cause).map(s -> s.text().en()).orElse(String.valueOf(cause.getMessage()));
            String whyZh = reason(cause).map(s -> s.text().zh()).orElse(String.valueOf(cause.getMessage()));
            this.text = new LocalizedText(
                    "The web console cannot open its store at " + config.url() + " (schema " + config.schema() + ", user "
                            + config.user() + "): " + why + " Check that the database is running and the aftersales.store.*"
                            + " settings (or AFTERSALES_STORE_* variables); an H2 file is also refused while another"
                            + " program has it open.",
                    "管理台无法打开数据库 " + config.url() + "（模式 " + config.schema() + "，用户 " + config.user() + "）："
                            + whyZh + " 请确认数据库已启动，并检查 aftersales.store.* 设置（或 AFTERSALES_STORE_* 环境变量）；"
                            + "H2 文件被其他程序打开时也无法使用。");
        }

        /** @return what failed, in English and Chinese */
        LocalizedText text() {
            return text;
        }

        private static Optional<StorageException> reason(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof StorageException s) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }
}
