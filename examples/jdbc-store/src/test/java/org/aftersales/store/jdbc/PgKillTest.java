package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A process killed with {@code kill -9} in the middle of a commit (its rows written, the number
 * taken, the transaction not committed): nothing of its unit of work is stored, and the
 * sequence it held is free again.
 */
class PgKillTest {

    private static final SequenceFormat RO = SequenceFormat.yearly("repair-order", "RO", 6);

    private final List<Storage> opened = new ArrayList<>();
    private Process child;
    private String schema;

    @AfterEach
    void cleanUp() {
        if (child != null) {
            child.destroyForcibly();
        }
        opened.forEach(Storage::close);
        if (schema != null) {
            TestDatabases.admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private Storage open(JdbcStoreConfig config, Duration lockTimeout) {
        Storage storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config))
                .lockTimeout(lockTimeout).build();
        opened.add(storage);
        return storage;
    }

    @Test
    @Timeout(120)
    void C7_aProcessKilledInTheMiddleOfACommitStoresNothing() throws Exception {
        JdbcStoreConfig config = TestDatabases.pgConfig().build();
        schema = config.schema();
        Storage storage = open(config, Duration.ofSeconds(5));
        storage.run(work -> {
            work.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
            work.sequence(RO).next();
            work.publish(Noted.of("seeded"));
        });

        String classPath = PgTwoProcessesTest.childClassPath();
        String java = ProcessHandle.current().info().command().orElse("java");
        child = new ProcessBuilder(java, "-cp", classPath, HoldingUnitMain.class.getName(), config.url(), config.user(),
                TestDatabases.pgPassword(), schema).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null && !line.equals("HOLDING")) {
            seen.append(line).append('\n');
        }
        assertThat(line).as("the other process reached its commit; it printed:\n" + seen).isEqualTo("HOLDING");

        Storage impatient = open(config, Duration.ofMillis(200));
        assertThatThrownBy(() -> impatient.sequence(RO).next()).as("the other process holds the sequence")
                .isInstanceOf(ConcurrentUpdateException.class);

        child.destroyForcibly(); // SIGKILL
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by signal 9").isEqualTo(137);

        assertThat(storage.repository(Account.TYPE).get(CustomerId.of("ann"))).isEqualTo(
                new Versioned<>(Account.open("ann", "gold"), 1));
        assertThat(storage.events().since(0, 10)).extracting(e -> ((Noted) e.event()).note()).containsExactly("seeded");
        assertThat(storage.sequence(RO).next().counter()).as("the killed unit's number was given back").isEqualTo(2);
    }
}
