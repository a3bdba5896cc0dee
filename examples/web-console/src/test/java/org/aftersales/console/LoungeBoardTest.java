package org.aftersales.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.serviceflow.Commands;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.board.BoardLight;
import org.aftersales.serviceflow.board.PublicRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lounge board over the service desk's store, without a browser. */
class LoungeBoardTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void F16_everyOpenOrderIsOnTheBoardSoonestPromiseFirst() {
        Workshop workshop = Workshop.seeded(CLOCK);
        List<PublicRow> rows = workshop.board().rows(CLOCK.instant());
        assertThat(rows).hasSize(Workshop.PLATES.length);
        assertThat(rows).extracting(PublicRow::light).contains(BoardLight.RED, BoardLight.YELLOW, BoardLight.GREEN);
        assertThat(rows).extracting(PublicRow::promisedAt).isSorted();
        assertThat(rows).filteredOn(PublicRow::late).isNotEmpty();
        String html = workshop.board().rowsHtml(CLOCK.instant());
        for (String plate : Workshop.PLATES) {
            assertThat(html).doesNotContain(plate);
        }
        assertThat(html).doesNotContain("Customer").doesNotContain("1380000");
        assertThat(html).contains("data-late=\"true\"").contains("class=\"red late\"");
    }

    @Test
    void F16_anOrderWaitingForPartsStaysOnTheBoard() {
        Workshop workshop = Workshop.seeded(CLOCK);
        RepairOrderId ro = workshop.orders().get(0);
        workshop.desk().clockOff(new Commands.ClockOff(ro, Workshop.TECHNICIANS[0], Workshop.TECHNICIANS[0]));
        workshop.desk().waitForParts(new Commands.WaitForParts(ro, "brake pads on order", Workshop.ADVISOR));
        assertThat(workshop.board().rows(CLOCK.instant())).hasSize(Workshop.PLATES.length)
                .filteredOn(r -> r.order().equals(ro.value())).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RepairOrderStatus.WAITING_FOR_PARTS);
                    assertThat(r.light()).isEqualTo(BoardLight.RED);
                });
        assertThat(workshop.board().rowsHtml(CLOCK.instant())).contains("Waiting for parts");
        assertThat(workshop.board().rowsHtml(List.of(), Lang.ZH)).contains("目前车间没有在修车辆");
        assertThat(Ui.t(Lang.ZH, "status.WAITING_FOR_PARTS")).isEqualTo("等待配件");
    }

    @Test
    void F16_theDeliveredCarsAreOffTheBoard() {
        Workshop workshop = Workshop.seeded(CLOCK);
        assertThat(workshop.delivered()).hasSize(Workshop.DELIVERED_PLATES.length);
        String html = workshop.board().rowsHtml(CLOCK.instant());
        for (RepairOrderId ro : workshop.delivered()) {
            assertThat(html).doesNotContain(ro.value());
        }
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
