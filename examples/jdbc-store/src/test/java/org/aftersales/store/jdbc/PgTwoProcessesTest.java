package org.aftersales.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.storekit.Account;
import org.aftersales.core.storekit.Noted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two JVM processes on one PostgreSQL, four threads each, updating the same aggregate and taking
 * numbers from one sequence: no update is lost and the numbers are gap-free across both.
 */
class PgTwoProcessesTest {

    private final List<Process> children = new ArrayList<>();
    private Storage storage;
    private String schema;

    @AfterEach
    void cleanUp() {
        children.forEach(Process::destroyForcibly);
        if (storage != null) {
            storage.close();
            TestDatabases.admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    static String childClassPath() {
        return String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""),
                System.getProperty("java.class.path", ""), new File("target/test-classes").getAbsolutePath(),
                new File("target/classes").getAbsolutePath());
    }

    @Test
    @Timeout(300)
    void C7_twoProcessesLoseNoUpdateAndShareGapFreeNumbers() throws Exception {
        JdbcStoreConfig config = TestDatabases.pgConfig().build();
        schema = config.schema();
        storage = Storage.builder().discovery(false).provider(new JdbcStorageProvider(config)).build();
        storage.repository(Account.TYPE).save(Account.open("ann", "gold"), Versioned.NEW);
        int threads = 4;
        int each = Integer.getInteger("aftersales.test.pg.processUnits", 250);
        String java = ProcessHandle.current().info().command().orElse("java");
        for (int p = 0; p < 2; p++) {
            children.add(new ProcessBuilder(java, "-cp", childClassPath(), LoadMain.class.getName(), config.url(),
                    config.user(), TestDatabases.pgPassword(), schema, String.valueOf(threads), String.valueOf(each))
                    .redirectErrorStream(true).start());
        }
        List<Long> numbers = new ArrayList<>();
        for (Process child : children) {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("the process failed:\n" + out).isZero();
            assertThat(out).endsWith("DONE\n");
            out.lines().filter(l -> !l.equals("DONE")).map(Long::parseLong).forEach(numbers::add);
        }
        int total = 2 * threads * each;
        assertThat(storage.repository(Account.TYPE).get(CustomerId.of("ann")).value().balance()).as("no lost update")
                .isEqualTo(total);
        assertThat(numbers.stream().sorted().toList()).as("gap-free across both processes")
                .isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
        List<StoredEvent> log = storage.events().since(0, Integer.MAX_VALUE);
        assertThat(log).extracting(StoredEvent::position).isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(log).extracting(e -> ((Noted) e.event()).note()).doesNotHaveDuplicates();
    }
}
