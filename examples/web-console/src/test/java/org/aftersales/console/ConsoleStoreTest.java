package org.aftersales.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.store.Versioned;
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.RepairOrder;
import org.aftersales.serviceflow.board.PublicRow;
import org.aftersales.store.jdbc.JdbcStoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console on the JDBC store: seeded once per store, its data still there after a restart,
 * the store switched by settings, PostgreSQL in a schema of its own, and a clear message when the
 * store cannot be opened.
 */
@Timeout(240)
class ConsoleStoreTest {

    private static final Clock CLOCK = Clock.systemUTC();

    private static ConsoleSettings settings(JdbcStoreConfig store) {
        return ConsoleSettings.defaults(CLOCK).withBcryptCost(4).withStore(store);
    }

    private static List<PublicRow> board(ConsoleApp app) {
        return app.workshop().board().rows(CLOCK.instant());
    }

    @Test
    void C7_aConsoleStartedTwiceOnOneFileSeedsOnceAndKeepsWhatPeopleDid(@TempDir Path folder) throws SQLException {
        JdbcStoreConfig store = TestStores.file(folder);
        String number;
        Instant promisedBefore;
        List<PublicRow> boardBefore;
        Instant wanted = CLOCK.instant().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.MINUTES);
        try (ConsoleApp first = ConsoleApp.start(settings(store), "localhost", 0)) {
            assertThat(board(first)).hasSize(Workshop.PLATES.length);
            number = board(first).get(0).order();
            promisedBefore = board(first).get(0).promisedAt();
            first.workshop().desk().reportDelay(new Commands.ReportDelay(RepairOrderId.of(number), wanted,
                    "waiting for a part", Workshop.ADVISOR));
            boardBefore = board(first);
        }
        assertThat(folder.resolve("console.mv.db")).isRegularFile();
        assertThat(rowsByTable(store)).as("deadlines, notifications and assessments live in the console's store")
                .hasEntrySatisfying("as_deadline", n -> assertThat(n).isPositive())
                .hasEntrySatisfying("as_notification", n -> assertThat(n).isPositive())
                .hasEntrySatisfying("as_assessment", n -> assertThat(n).isPositive());

        try (ConsoleApp second = ConsoleApp.start(settings(store), "localhost", 0)) {
            assertThat(board(second)).as("seeded once, not again").hasSize(Workshop.PLATES.length);
            assertThat(board(second)).as("the progress board caught up from the event log").isEqualTo(boardBefore);
            assertThat(board(second)).filteredOn(r -> r.order().equals(number)).singleElement()
                    .satisfies(r -> assertThat(r.promisedAt()).isNotEqualTo(promisedBefore));
            RepairOrder order = second.workshop().desk().order(RepairOrderId.of(number)).map(Versioned::value)
                    .orElseThrow();
            assertThat(order.promisedAt()).as("the delay reported in the first run").isNotNull().isNotEqualTo(promisedBefore);
            assertThat(second.storage().events().since(0, Integer.MAX_VALUE))
                    .filteredOn(e -> e.event().type().equals("repair-order.delayed")).hasSize(1);

            Client liu = new Client(second.address());
            liu.get("/login");
            liu.login("liu", Dealership.DEMO_PASSWORD);
            HttpResponse<String> timeline = liu.get("/workshop/" + number);
            assertThat(timeline.statusCode()).isEqualTo(200);
            assertThat(timeline.body()).contains("repair-order.delayed", "repair-order.checked-in");
            assertThat(liu.get("/follow-up").body()).as("the delivered cars are still due after the restart")
                    .contains(Workshop.DELIVERED_PLATES);

            Client zhao = new Client(second.address());
            zhao.get("/login");
            zhao.login("zhao", Dealership.DEMO_PASSWORD);
            HttpResponse<String> complaints = zhao.get("/complaints");
            assertThat(complaints.statusCode()).isEqualTo(200);
            assertThat(complaints.body().split("<tr id=\"complaint-", -1)).as("five complaints, once").hasSize(6);
            assertThat(zhao.get("/scorecards/S-WANG").body()).contains("id=\"score-percent\"");
        }
    }

    /** @return the row count of each table of the store's schema, by lower-case table name */
    private static Map<String, Long> rowsByTable(JdbcStoreConfig store) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(store.url(), store.user(), "")) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (store.schema().equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                        tables.add(new String[] {rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")});
                    }
                }
            }
            for (String[] table : tables) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table[0] + "\".\"" + table[1] + "\"")) {
                    rs.next();
                    rows.put(table[1].toLowerCase(Locale.ROOT), rs.getLong(1));
                }
            }
        }
        return rows;
    }

    @Test
    void C7_theStoreSettingMovesTheConsoleToAnotherFile(@TempDir Path folder) {
        String url = JdbcStoreConfig.h2File(folder.resolve("elsewhere"));
        String before = System.getProperty("aftersales.store.url");
        System.setProperty("aftersales.store.url", url);
        ConsoleSettings chosen;
        try {
            chosen = ConsoleSettings.defaults(CLOCK).withBcryptCost(4);
        } finally {
            if (before == null) {
                System.clearProperty("aftersales.store.url");
            } else {
                System.setProperty("aftersales.store.url", before);
            }
        }
        assertThat(chosen.store().url()).isEqualTo(url);
        try (ConsoleApp app = ConsoleApp.start(chosen, "localhost", 0)) {
            assertThat(board(app)).hasSize(Workshop.PLATES.length);
            assertThat(app.storeDescription()).contains(url).doesNotContain("password");
        }
        assertThat(folder.resolve("elsewhere.mv.db")).isRegularFile();
    }

    @Test
    void C7_byDefaultTheConsoleKeepsItsOwnFileApartFromTheDemos() {
        String home = System.getProperty("user.home");
        if (System.getenv("AFTERSALES_STORE_URL") == null && System.getProperty("aftersales.store.url") == null) {
            assertThat(ConsoleSettings.storeFromSettings().url())
                    .isEqualTo("jdbc:h2:file:" + Path.of(home, ".aftersales", "console", "console").toAbsolutePath());
        }
        assertThat(ConsoleSettings.defaultFile()).isNotEqualTo(Path.of(home, ".aftersales", "store", "aftersales"));
    }

    @Test
    void C7_theConsoleRunsOnPostgresqlInASchemaOfItsOwn() throws Exception {
        JdbcStoreConfig store = TestStores.postgres();
        try {
            try (ConsoleApp first = ConsoleApp.start(settings(store), "localhost", 0)) {
                assertThat(board(first)).hasSize(Workshop.PLATES.length);
                Client zhao = new Client(first.address());
                zhao.get("/login");
                zhao.login("zhao", Dealership.DEMO_PASSWORD);
                assertThat(zhao.get("/complaints").statusCode()).isEqualTo(200);
            }
            try (ConsoleApp second = ConsoleApp.start(settings(store), "localhost", 0)) {
                assertThat(board(second)).hasSize(Workshop.PLATES.length);
            }
        } finally {
            try (Connection c = DriverManager.getConnection(store.url(), store.user(),
                    System.getenv().getOrDefault(TestStores.PG_PASSWORD, ""));
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + store.schema() + " CASCADE");
            }
        }
    }

    @Test
    void C7_aStoreThatCannotBeOpenedIsSaidInBothLanguages() {
        JdbcStoreConfig nowhere = JdbcStoreConfig.builder().url("jdbc:postgresql://127.0.0.1:1/none")
                .connectionTimeout(Duration.ofMillis(500)).build();
        assertThatThrownBy(() -> ConsoleApp.start(settings(nowhere), "localhost", 0))
                .isInstanceOfSatisfying(ConsoleStore.Unavailable.class, e -> {
                    assertThat(e.text().en()).contains("cannot open its store", "jdbc:postgresql://127.0.0.1:1/none",
                            "aftersales.store.");
                    assertThat(e.text().zh()).contains("无法打开数据库", "jdbc:postgresql://127.0.0.1:1/none");
                });
    }

    @Test
    void C7_theConsoleExitsWithAMessageAndNoStackTraceWhenItsStoreIsDown(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = String.join(File.pathSeparator, System.getProperty("java.class.path", ""),
                new File("target/test-classes").getAbsolutePath(), new File("target/classes").getAbsolutePath());
        Path out = home.resolve("out.txt");
        Process p = new ProcessBuilder(java, "-Duser.home=" + home, "-Daftersales.store.url=jdbc:postgresql://127.0.0.1:1/none",
                "-Daftersales.store.connectionTimeout=500", "-cp", classPath, WebConsole.class.getName(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isEqualTo(WebConsole.STORE_UNAVAILABLE);
        assertThat(text).contains("The web console cannot open its store", "管理台无法打开数据库")
                .doesNotContain("\tat ").doesNotContain("Exception in thread");
    }
}
