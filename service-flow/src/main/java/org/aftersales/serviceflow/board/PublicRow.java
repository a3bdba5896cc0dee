package org.aftersales.serviceflow.board;

import java.time.Instant;
import org.aftersales.serviceflow.RepairOrderStatus;

/**
 * One open order as the lounge screen shows it (F16): nothing in it identifies a person (China's
 * personal information protection law): a masked plate, no name, no phone, no advisor.
 *
 * @param order the repair order's number
 * @param maskedPlate the plate with its middle hidden, such as {@code 粤B***45}
 * @param status where the order stands
 * @param light its light
 * @param promisedAt the promised completion time, null before the estimate
 * @param late true when the promised time has passed and the car is not ready
 */
public record PublicRow(String order, String maskedPlate, RepairOrderStatus status, BoardLight light,
        Instant promisedAt, boolean late) {

    /**
     * Hides a plate for a public screen, as the web console's lounge board does: the province
     * and the issuing letter stay, then three stars, then the last two characters, so a
     * customer still knows their own car. {@code 粤B12345} becomes {@code 粤B***45}.
     *
     * @param plate the plate, or null
     * @return the masked plate; {@code ***} when the plate is too short to show any of it
     */
    public static String maskPlate(String plate) {
        if (plate == null) {
            return "***";
        }
        int[] cps = plate.strip().codePoints().filter(c -> c != '·' && c != ' ').toArray();
        if (cps.length < 5) {
            return "***";
        }
        return new String(cps, 0, 2) + "***" + new String(cps, cps.length - 2, 2);
    }
}
