package org.aftersales.serviceflow;

import static org.aftersales.serviceflow.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.aftersales.core.id.RepairOrderId;
import org.aftersales.serviceflow.board.BoardLight;
import org.aftersales.serviceflow.board.BoardRow;
import org.aftersales.serviceflow.board.ProgressBoard;
import org.aftersales.serviceflow.board.PublicRow;
import org.junit.jupiter.api.Test;

/** F16: the progress board kept from the events, rebuilt from the log, and its public view. */
class ProgressBoardTest {

    /**
     * Five orders: one just checked in (red), one in repair (yellow), one waiting for parts
     * (red) whose promise has passed (late), one ready (green) and one delivered (off the board).
     */
    private static List<RepairOrderId> dayAtTheDesk(Fixtures.World w) {
        RepairOrderId waiting = Walk.newWalkIn(w.desk);
        RepairOrderId parts = Walk.newWalkIn(w.desk);
        Walk.toInRepair(w.desk, parts, Walk.oilChange());
        w.desk.clockOff(new Commands.ClockOff(parts, TECH1, TECH1));
        w.desk.waitForParts(new Commands.WaitForParts(parts, "gasket", WANG));
        w.desk.reportDelay(new Commands.ReportDelay(parts, at("2026-12-01T10:00:00"), "gasket on its way", WANG));
        RepairOrderId ready = Walk.newWalkIn(w.desk);
        Walk.toReady(w.desk, ready, Walk.oilChange());
        RepairOrderId gone = Walk.newWalkIn(w.desk);
        RepairOrder r = Walk.toReady(w.desk, gone, Walk.oilChange());
        Walk.settle(w.desk, gone, r.settlement().total());
        w.desk.deliver(new Commands.Deliver(gone, true, true, true, true, WANG));
        RepairOrderId repairing = Walk.newWalkIn(w.desk);
        Walk.toInRepair(w.desk, repairing, Walk.oilChange());
        return List.of(waiting, repairing, parts, ready, gone);
    }

    @Test
    void F16_theBoardRebuiltFromTheLogEqualsTheLiveOne() {
        Fixtures.World w = new Fixtures.World();
        ProgressBoard live = new ProgressBoard();
        w.storage.events().subscribe(live);
        List<RepairOrderId> ids = dayAtTheDesk(w);

        ProgressBoard rebuilt = new ProgressBoard().catchUp(w.storage.events());

        var now = at("2026-12-01T11:00:00");
        assertThat(rebuilt.rows(now)).isEqualTo(live.rows(now)).hasSize(4);
        assertThat(rebuilt.position()).isEqualTo(live.position());
        assertThat(live.rows(now)).extracting(BoardRow::order)
                .as("soonest promise first, orders without a promise last")
                .containsExactly(ids.get(2).value(), ids.get(3).value(), ids.get(1).value(), ids.get(0).value());
        assertThat(live.rows(now)).extracting(BoardRow::light)
                .containsExactly(BoardLight.RED, BoardLight.GREEN, BoardLight.YELLOW, BoardLight.RED);
        assertThat(live.rows(now)).extracting(BoardRow::late).containsExactly(true, false, false, false);
        assertThat(live.rows(now)).extracting(BoardRow::status).containsExactly(RepairOrderStatus.WAITING_FOR_PARTS,
                RepairOrderStatus.READY_FOR_PICKUP, RepairOrderStatus.IN_REPAIR, RepairOrderStatus.CHECKED_IN);
        assertThat(live.rows(now).get(0).promisedAt()).isEqualTo(at("2026-12-01T10:00:00"));
    }

    @Test
    void F16_thePublicViewHidesPersonalData() {
        Fixtures.World w = new Fixtures.World();
        ProgressBoard board = new ProgressBoard();
        w.storage.events().subscribe(board);
        dayAtTheDesk(w);
        List<PublicRow> rows = board.publicRows(at("2026-12-01T11:00:00"));
        assertThat(rows).hasSize(4).allSatisfy(r -> {
            assertThat(r.maskedPlate()).isEqualTo("京B***21");
            assertThat(r.toString()).doesNotContain("Zhang").doesNotContain("13812345678").doesNotContain("54321")
                    .doesNotContain(WANG.value());
        });
        assertThat(PublicRow.maskPlate("粤B12345")).isEqualTo("粤B***45");
        assertThat(PublicRow.maskPlate("A1")).isEqualTo("***");
    }

    @Test
    void F16_aBoardMadeLaterCatchesUpAndThenFollowsLiveEvents() {
        Fixtures.World w = new Fixtures.World();
        List<RepairOrderId> ids = dayAtTheDesk(w);
        ProgressBoard board = new ProgressBoard().catchUp(w.storage.events());
        w.storage.events().subscribe(board);
        Walk.toDiagnosed(w.desk, ids.get(0));
        assertThat(board.rows(at("2026-12-01T11:00:00"))).filteredOn(r -> r.order().equals(ids.get(0).value()))
                .singleElement().extracting(BoardRow::status).isEqualTo(RepairOrderStatus.DIAGNOSED);
        var now = at("2026-12-01T11:00:00");
        assertThat(board.rows(now)).isEqualTo(new ProgressBoard().catchUp(w.storage.events()).rows(now));
    }
}
