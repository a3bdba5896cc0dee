package org.aftersales.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.spi.StorageSettings;
import org.postgresql.PGConnection;

/**
 * Follows the event log of a JDBC store from another process (a read model, a report, a bridge),
 * by position: each {@link #poll} returns the events committed after the last one it returned.
 * On PostgreSQL a poll that finds nothing waits for the {@code NOTIFY aftersales_outbox} a commit
 * with events sends, so a follower is woken at once instead of polling; on H2 it reads again
 * every 50 ms until the wait is over. Runs no thread of its own: call {@link #poll} from yours.
 * Not thread-safe; one follower per reader.
 *
 * <pre>{@code
 * try (JdbcLogFollower follower = JdbcLogFollower.open(config, lastPositionSeen)) {
 *     while (running) {
 *         for (StoredEvent e : follower.poll(Duration.ofSeconds(30))) {
 *             board.apply(e);
 *         }
 *     }
 * }
 * }</pre>
 */
public final class JdbcLogFollower implements AutoCloseable {

    /** The most events one poll returns. */
    public static final int BATCH = 500;

    private static final long H2_INTERVAL_MILLIS = 50;

    private final JdbcStoreConfig config;
    private final JdbcEngine engine;
    private long position;
    private Connection listener;

    private JdbcLogFollower(JdbcStoreConfig config, long afterPosition) {
        this.config = config;
        this.engine = new JdbcEngine(config, StorageSettings.DEFAULT_LOCK_TIMEOUT);
        this.position = afterPosition;
    }

    /**
     * Starts following a store's log.
     *
     * @param config where the store is; its event types are the ones read back
     * @param afterPosition the last position already seen, 0 for the beginning
     * @return the follower
     */
    public static JdbcLogFollower open(JdbcStoreConfig config, long afterPosition) {
        Objects.requireNonNull(config, "config");
        if (afterPosition < 0) {
            throw new IllegalArgumentException("a log position is not negative: " + afterPosition);
        }
        JdbcLogFollower follower = new JdbcLogFollower(config, afterPosition);
        if (follower.engine.dialect == Dialect.POSTGRESQL) {
            follower.listen();
        }
        return follower;
    }

    /** @return the position of the last event returned */
    public long position() {
        return position;
    }

    /**
     * The events committed after the last one returned, waiting up to {@code wait} for some.
     *
     * @param wait how long to wait when there are none yet
     * @return at most {@value #BATCH} events in position order; empty when none came in time
     * @throws StorageException when the database cannot be reached (a later poll retries)
     */
    public List<StoredEvent> poll(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            List<StoredEvent> found = engine.events(position, BATCH);
            if (!found.isEmpty()) {
                position = found.get(found.size() - 1).position();
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return found;
            }
            if (engine.dialect == Dialect.POSTGRESQL) {
                awaitNotification(Math.max(1, left / 1_000_000));
            } else {
                sleep(Math.min(H2_INTERVAL_MILLIS, Math.max(1, left / 1_000_000)));
            }
        }
    }

    private void listen() {
        try {
            Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN aftersales_outbox");
            }
            listener = c;
        } catch (SQLException e) {
            throw engine.translate("listen for new events", e);
        }
    }

    private void awaitNotification(long millis) {
        try {
            if (listener == null) {
                listen();
            }
            // any notification, of this schema or another, is a reason to read again
            listener.unwrap(PGConnection.class).getNotifications((int) Math.min(millis, Integer.MAX_VALUE));
        } catch (SQLException e) {
            closeListener();
            throw engine.translate("wait for new events", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeListener() {
        if (listener != null) {
            try {
                listener.close();
            } catch (SQLException ignored) {
                // already broken
            }
            listener = null;
        }
    }

    @Override
    public void close() {
        closeListener();
        engine.close();
    }
}
