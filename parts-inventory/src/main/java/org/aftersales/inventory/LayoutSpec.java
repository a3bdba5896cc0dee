package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aftersales.core.id.WarehouseId;
import org.aftersales.core.value.Dimensions;

/**
 * The document form of a warehouse layout (P2), as read from JSON and checked by
 * {@link Layout#of(LayoutSpec)}. The format is described in {@code parts-inventory/FORMATS.md}.
 * Absent lists read as empty (and are then refused: a layout needs zones, a zone racks, a rack
 * levels); lists may hold {@code null} elements, which are refused at their index. Every
 * other check is done by {@link Layout#of(LayoutSpec)}, which lists every problem with its
 * path.
 *
 * @param warehouse the warehouse id
 * @param name a display name
 * @param zones the zones, in walking order from the parts counter
 */
public record LayoutSpec(WarehouseId warehouse, String name, List<ZoneSpec> zones) {

    /** Fills absent lists. */
    public LayoutSpec {
        zones = copy(zones);
    }

    /** An unmodifiable copy that keeps null elements, so that the check reports them where they are. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * A zone of the warehouse.
     *
     * @param code a short code without {@code -}, such as {@code A}; the first part of bin codes
     * @param name a display name
     * @param distanceToCounterM walking distance from the parts counter to the zone entrance
     * @param racks the racks of the zone
     */
    public record ZoneSpec(String code, String name, double distanceToCounterM, List<RackSpec> racks) {

        /** Fills absent lists. */
        public ZoneSpec {
            racks = copy(racks);
        }
    }

    /**
     * A rack, shelf unit, floor area or drawer cabinet.
     *
     * @param number its number in the zone, 1 to 99; the second part of bin codes
     * @param kind what kind of furniture it is
     * @param dedicatedTo the only part category it takes, or null for any
     * @param facing the number of the rack across the aisle, or null
     * @param offsetM walking distance from the zone entrance to the rack, or null for
     *     {@code (number - 1) * 2.5}
     * @param levels its levels, from the floor up
     */
    public record RackSpec(
            int number, RackKind kind, String dedicatedTo, Integer facing, Double offsetM, List<LevelSpec> levels) {

        /** Fills absent lists. */
        public RackSpec {
            levels = copy(levels);
        }
    }

    /**
     * A level of a rack, holding a row of equal bins.
     *
     * @param number its number, 1 for the lowest; the third part of bin codes
     * @param heightMm height of the level's surface above the floor
     * @param loadLimitKg the most the whole level may carry
     * @param bins how many bins the level holds, 1 to 999; the last part of bin codes
     * @param binSize inner size of each bin: length along the rack, depth, clear height
     */
    public record LevelSpec(int number, int heightMm, int loadLimitKg, int bins, Dimensions binSize) {
    }
}
