package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one piece of code that writes a row, for saves outside a unit of work and for commits
 * alike: when H2 reports the row as held by another writer (error 90131) and the stored version
 * is still the expected one, the write is not stale and tries again; when the version moved on,
 * it is stale. H2 is made to report a held row by a connection that answers 90131 a given
 * number of times.
 */
class HeldRowTest {

    private static final CustomerId ANN = CustomerId.of("ann");

    private JdbcEngine engine;
    private JdbcTable<CustomerId, Account> table;

    @BeforeEach
    void open() {
        engine = new JdbcEngine(TestDatabases.h2Config().build(), Duration.ofSeconds(5));
        table = engine.table(Account.TYPE);
        table.save(Account.open("ann", "gold"), Versioned.NEW);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** A connection whose first {@code times} updates fail as H2 fails on a row held by another writer. */
    private static Connection heldFor(Connection real, int times, AtomicInteger attempts) {
        AtomicInteger left = new AtomicInteger(times);
        InvocationHandler connection = (proxy, method, args) -> {
            Object result = invoke(method, real, args);
            if (result instanceof PreparedStatement ps && String.valueOf(args[0]).startsWith("UPDATE")) {
                return Proxy.newProxyInstance(HeldRowTest.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                        (p, m, a) -> {
                            if (m.getName().equals("executeUpdate")) {
                                attempts.incrementAndGet();
                                if (left.getAndDecrement() > 0) {
                                    throw new SQLException("Concurrent update in table AS_KIT_ACCOUNT", "90131", 90131);
                                }
                            }
                            return invoke(m, ps, a);
                        });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(HeldRowTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                connection);
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void C7_aCommitThatMetAHeldRowWithItsVersionUnchangedIsWrittenNotRefused() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (Connection real = engine.connection()) {
            real.setAutoCommit(false);
            Connection held = heldFor(real, 3, attempts);
            assertThat(table.plan(Account.open("ann", "gold").plus(5), 1, 2).applyUnlessStale(held)).isTrue();
            real.commit();
        }
        assertThat(attempts).hasValue(4);
        Versioned<Account> stored = table.find(ANN).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.value().balance()).isEqualTo(5);
    }

    @Test
    void C7_aSaveThatMetAHeldRowWithItsVersionUnchangedIsWrittenNotRefused() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (Connection real = engine.connection()) {
            assertThat(real.getAutoCommit()).isTrue();
            assertThat(table.plan(Account.open("ann", "gold").plus(7), 1, 2).applyUnlessStale(heldFor(real, 2, attempts)))
                    .isTrue();
        }
        assertThat(attempts).hasValue(3);
        assertThat(table.find(ANN).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void C7_aHeldRowWhoseVersionMovedOnIsStale() throws Exception {
        table.save(Account.open("ann", "gold").plus(1), 1);
        AtomicInteger attempts = new AtomicInteger();
        try (Connection real = engine.connection()) {
            real.setAutoCommit(false);
            assertThat(table.plan(Account.open("ann", "gold").plus(5), 1, 2).applyUnlessStale(heldFor(real, 3, attempts)))
                    .isFalse();
            real.rollback();
        }
        assertThat(attempts).as("no second try once the stored version moved on").hasValue(1);
        assertThat(table.find(ANN).orElseThrow().value().balance()).isEqualTo(1);
    }

    @Test
    void C7_aRowHeldPastTheRetriesIsRefused() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (Connection real = engine.connection()) {
            real.setAutoCommit(false);
            assertThat(table.plan(Account.open("ann", "gold").plus(5), 1, 2)
                    .applyUnlessStale(heldFor(real, Integer.MAX_VALUE, attempts))).isFalse();
            real.rollback();
        }
        assertThat(attempts).hasValue(JdbcTable.HELD_RETRIES);
        assertThat(table.find(ANN).orElseThrow().version()).isEqualTo(1);
    }
}
