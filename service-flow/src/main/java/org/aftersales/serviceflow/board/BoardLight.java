package org.aftersales.serviceflow.board;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.serviceflow.RepairOrderStatus;

/**
 * The board's light for an open order, by its stage (F16): red while the car waits (for
 * diagnosis, the customer's approval, a team, parts), yellow while it is in repair, green when
 * it is about to finish or ready (checks, wash, pick-up, payment).
 */
public enum BoardLight {
    /** Waiting. */
    RED,
    /** In repair. */
    YELLOW,
    /** About to finish, or ready. */
    GREEN;

    private static final Set<RepairOrderStatus> GREEN_STAGES = EnumSet.of(RepairOrderStatus.QUALITY_CHECK,
            RepairOrderStatus.WASHING, RepairOrderStatus.READY_FOR_PICKUP, RepairOrderStatus.SETTLED);

    /**
     * @param status an open order's status
     * @return its light
     */
    public static BoardLight of(RepairOrderStatus status) {
        if (status == RepairOrderStatus.IN_REPAIR) {
            return YELLOW;
        }
        return GREEN_STAGES.contains(status) ? GREEN : RED;
    }

    /** @return true for the stages in which the car is ready for its owner */
    static boolean ready(RepairOrderStatus status) {
        return status == RepairOrderStatus.READY_FOR_PICKUP || status == RepairOrderStatus.SETTLED;
    }
}
