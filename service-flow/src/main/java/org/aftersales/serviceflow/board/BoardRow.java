package org.aftersales.serviceflow.board;

import java.time.Instant;
import org.aftersales.serviceflow.RepairOrderStatus;

/**
 * One open order on the staff's board (F16).
 *
 * @param order the repair order's number
 * @param plate the plate, in full (staff only)
 * @param advisor the owning advisor's id
 * @param status where the order stands
 * @param light its light
 * @param promisedAt the promised completion time, null before the estimate
 * @param late true when the promised time has passed and the car is not ready
 */
public record BoardRow(String order, String plate, String advisor, RepairOrderStatus status, BoardLight light,
        Instant promisedAt, boolean late) {

    /** @return what a public screen may show of this row */
    public PublicRow toPublic() {
        return new PublicRow(order, PublicRow.maskPlate(plate), status, light, promisedAt, late);
    }
}
