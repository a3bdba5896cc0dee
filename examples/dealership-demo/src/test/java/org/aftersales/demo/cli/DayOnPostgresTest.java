package org.aftersales.demo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.value.Money;
import org.aftersales.demo.day.DayAtTheDealership;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

/**
 * C7, E1: the same day on PostgreSQL, chosen by settings alone. {@code .ci/run} starts a
 * throwaway cluster and sets {@code AFTERSALES_TEST_PG_URL}; without it this test is skipped
 * with a message, and fails under {@code CI=true}, where it must run.
 */
class DayOnPostgresTest {

    static String pgUrl() {
        String url = System.getenv("AFTERSALES_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String message = "the day on PostgreSQL needs AFTERSALES_TEST_PG_URL (and AFTERSALES_TEST_PG_USER, default"
                    + " postgres); .ci/run starts a throwaway cluster and sets them";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true, so the PostgreSQL tests must run, but " + message);
            }
            System.err.println("[dealership-demo] PostgreSQL test SKIPPED: " + message);
            Assumptions.abort("skipped: " + message);
        }
        return url;
    }

    @Test
    void E1_C7_theDayRunsOnPostgresWithTheSameFigures(@TempDir Path folder) {
        Map<String, String> store = new HashMap<>();
        store.put("aftersales.store.url", pgUrl());
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
