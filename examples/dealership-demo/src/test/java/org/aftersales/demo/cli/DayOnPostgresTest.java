package org.aftersales.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.value.Money;
import org.aftersales.demo.day.DayAtTheDealership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * C7, E1: the same day on PostgreSQL, chosen by settings alone (CI starts a throwaway cluster
 * and sets {@code AFTERSALES_TEST_PG_URL}; without it this test is skipped).
 */
@EnabledIfEnvironmentVariable(named = "AFTERSALES_TEST_PG_URL", matches = ".+")
class DayOnPostgresTest {

    @Test
    void E1_C7_theDayRunsOnPostgresWithTheSameFigures(@TempDir Path folder) {
        Map<String, String> store = new HashMap<>();
        store.put("aftersales.store.url", System.getenv("AFTERSALES_TEST_PG_URL"));
        store.put("aftersales.store.user", System.getenv().getOrDefault("AFTERSALES_TEST_PG_USER", "postgres"));
        String password = System.getenv("AFTERSALES_TEST_PG_PASSWORD");
        if (password != null) {
            store.put("aftersales.store.password", password);
        }
        store.put("aftersales.store.schema", "demo_day_test");
        for (int run = 0; run < 2; run++) {
            ToolRun day = ToolRun.run(store, "day", "--json", "--diagrams", folder.toString());
            assertThat(day.code()).as(day.err()).isZero();
            DayAtTheDealership.Figures f = AftersalesJson.read(day.out(), DayAtTheDealership.Figures.class);
            assertThat(f.ordersDelivered()).isEqualTo(2);
            assertThat(f.takings()).isEqualTo(Money.ofYuan("1222.66"));
            assertThat(f.complaintsClosed()).isEqualTo(1);
        }
        ToolRun board = ToolRun.run(store, "board");
        assertThat(board.out()).contains("RO-2026-000003");
    }
}
