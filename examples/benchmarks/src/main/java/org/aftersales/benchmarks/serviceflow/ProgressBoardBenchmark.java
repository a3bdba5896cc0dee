package org.aftersales.benchmarks.serviceflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.EventId;
import org.aftersales.core.store.StoredEvent;
import org.aftersales.serviceflow.RepairOrderStatus;
import org.aftersales.serviceflow.ServiceEvent;
import org.aftersales.serviceflow.ServiceEvents;
import org.aftersales.serviceflow.board.BoardRow;
import org.aftersales.serviceflow.board.ProgressBoard;
import org.aftersales.serviceflow.board.PublicRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The progress board (F16) for 500 open repair orders, answered from its read model: the
 * lounge screen's public rows ({@link #publicBoard}) and the staff's rows ({@link #staffBoard}),
 * each sorted by promised time with lights and late flags worked out for the moment asked.
 * The board is fed once in setup with the events of 500 orders at every open stage (a
 * check-in, an estimate with its promised time, then the moves to the order's stage), as a
 * store's subscriber would be; the benchmark reads no aggregate. The goal is under 1 ms.
 *
 * <p>Run: {@code java -jar examples/benchmarks/target/benchmarks.jar ProgressBoardBenchmark -f 1
 * -wi 3 -i 5 -w 2s -r 2s}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProgressBoardBenchmark {

    /** How many open orders the board holds. */
    static final int ORDERS = 500;
    static final Instant OPENED = Instant.parse("2026-12-01T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    static final RepairOrderStatus[] STAGES = {RepairOrderStatus.CHECKED_IN, RepairOrderStatus.DIAGNOSED,
        RepairOrderStatus.ESTIMATED, RepairOrderStatus.APPROVED, RepairOrderStatus.DISPATCHED,
        RepairOrderStatus.IN_REPAIR, RepairOrderStatus.WAITING_FOR_PARTS, RepairOrderStatus.QUALITY_CHECK,
        RepairOrderStatus.WASHING, RepairOrderStatus.READY_FOR_PICKUP};

    /** The board, fed once. */
    @State(Scope.Benchmark)
    public static class Board {
        ProgressBoard board;

        @Setup
        public void feed() {
            board = new ProgressBoard();
            List<StoredEvent> log = new ArrayList<>();
            long position = 0;
            for (int i = 0; i < ORDERS; i++) {
                String order = String.format("RO-2026-%06d", i + 1);
                Instant at = OPENED.plusSeconds(i);
                log.add(new StoredEvent(++position, event(ServiceEvents.CHECKED_IN, order, at,
                        RepairOrderStatus.CHECKED_IN, Map.of("plate", String.format("粤B%05d", i), "advisor",
                                "advisor-" + (i % 8)))));
                RepairOrderStatus stage = STAGES[i % STAGES.length];
                if (stage != RepairOrderStatus.CHECKED_IN) {
                    Instant promised = OPENED.plus(Duration.ofMinutes(30L * (i % 20)));
                    log.add(new StoredEvent(++position, event(ServiceEvents.ESTIMATED, order, at,
                            RepairOrderStatus.ESTIMATED, Map.of("promised", promised.toString()))));
                    log.add(new StoredEvent(++position, event(ServiceEvents.RECORDED, order, at, stage, Map.of())));
                }
            }
            board.committed(log);
            if (board.rows(NOW).size() != ORDERS) {
                throw new IllegalStateException("the board holds " + board.rows(NOW).size() + " orders");
            }
        }

        private static ServiceEvent event(String type, String order, Instant at, RepairOrderStatus status,
                Map<String, String> details) {
            return new ServiceEvent(type, new EventMetadata(EventId.of(order + "/" + type), at, Actor.system("bench"),
                    CorrelationId.of(order)), order, status, details);
        }
    }

    /**
     * @param b the board
     * @return what the lounge screen shows
     */
    @Benchmark
    public List<PublicRow> publicBoard(Board b) {
        return b.board.publicRows(NOW);
    }

    /**
     * @param b the board
     * @return what the staff see
     */
    @Benchmark
    public List<BoardRow> staffBoard(Board b) {
        return b.board.rows(NOW);
    }
}
