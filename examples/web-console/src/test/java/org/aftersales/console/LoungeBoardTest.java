package org.aftersales.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lounge board over the service desk's store, without a browser. */
class LoungeBoardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void F16_everyOpenOrderIsOnTheBoardSoonestPromiseFirst() {
        Workshop workshop = Workshop.seeded(CLOCK);
        List<LoungeBoard.Row> rows = workshop.board().rows(CLOCK.instant());
        assertThat(rows).hasSize(Workshop.PLATES.length);
        assertThat(rows).extracting(LoungeBoard.Row::light).contains(BoardLight.RED, BoardLight.YELLOW, BoardLight.GREEN);
        assertThat(rows).extracting(LoungeBoard.Row::promisedAt).isSorted();
        String html = workshop.board().rowsHtml(CLOCK.instant());
        for (String plate : Workshop.PLATES) {
            assertThat(html).doesNotContain(plate);
        }
        assertThat(html).doesNotContain("Customer").doesNotContain("1380000");
    }

    /**
     * A timed loop, not a benchmark: it prints the median time of one refresh over 500 open
     * orders as a rough figure, and guards against a slide far past the 5 ms goal. The JMH
     * measurement is {@code LoungeBoardBenchmark} in {@code examples/benchmarks}.
     */
    @Test
    @Timeout(120)
    void F16_boardOf500OpenOrdersIsQuick() {
        Workshop workshop = Workshop.withOpenOrders(CLOCK, 500);
        LoungeBoard board = workshop.board();
        assertThat(board.rows(CLOCK.instant())).hasSize(500);
        int length = 0;
        for (int i = 0; i < 300; i++) {
            length += board.rowsHtml(CLOCK.instant()).length();
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            length += board.rowsHtml(CLOCK.instant()).length();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        System.out.printf("lounge board, 500 open orders: median %.3f ms per refresh (timed loop; %d chars)%n",
                medianMs, length);
        assertThat(medianMs).isLessThan(50);
    }
}
