package org.aftersales.inventory;

import java.util.HashSet;
import java.util.Set;

/**
 * The checks of a layout document (P2), apart from the building of the layout: codes and
 * numbers unique and in range, distances and heights sensible, every rack with levels, every
 * level with bins of a size, racks across the aisle in the same zone. Every problem is
 * listed with its path before any layout is built.
 */
final class LayoutCheck {

    private LayoutCheck() {
    }

    /**
     * Checks a layout document, adding every problem to those found while it was read.
     *
     * @param spec the document, possibly with values that could not be read left null
     * @param v the problems so far
     */
    static void check(LayoutSpec spec, Problems v) {
        if (spec.warehouse() == null) {
            v.add("warehouse", "required");
        }
        if (spec.zones().isEmpty()) {
            v.add("zones", "layout.noZones");
        }
        Set<String> zoneCodes = new HashSet<>();
        for (int z = 0; z < spec.zones().size(); z++) {
            LayoutSpec.ZoneSpec zs = spec.zones().get(z);
            String zp = "zones[" + z + "]";
            if (zs == null) {
                v.add(zp, "required");
                continue;
            }
            if (zs.code() == null || zs.code().isBlank()) {
                v.add(zp + ".code", "required");
            } else if (!zs.code().strip().matches("[A-Za-z0-9]{1,8}")) {
                v.add(zp + ".code", "layout.zoneCode", zs.code());
            } else if (!zoneCodes.add(zs.code().strip())) {
                v.add(zp + ".code", "layout.duplicate", zs.code());
            }
            if (!(zs.distanceToCounterM() >= 0) || zs.distanceToCounterM() > 10_000) {
                v.add(zp + ".distanceToCounterM", "layout.distance", zs.distanceToCounterM());
            }
            if (zs.racks().isEmpty()) {
                v.add(zp + ".racks", "layout.noRacks");
            }
            Set<Integer> rackNumbers = new HashSet<>();
            zs.racks().forEach(r -> {
                if (r != null) {
                    rackNumbers.add(r.number());
                }
            });
            Set<Integer> seenRacks = new HashSet<>();
            for (int r = 0; r < zs.racks().size(); r++) {
                checkRack(v, zp + ".racks[" + r + "]", zs.racks().get(r), seenRacks, rackNumbers);
            }
        }
    }

    private static void checkRack(Problems v, String rp, LayoutSpec.RackSpec rs, Set<Integer> seen, Set<Integer> all) {
        if (rs == null) {
            v.add(rp, "required");
            return;
        }
        if (rs.number() < 1 || rs.number() > 99) {
            v.add(rp + ".number", "layout.range", rs.number(), 1, 99);
        } else if (!seen.add(rs.number())) {
            v.add(rp + ".number", "layout.duplicate", rs.number());
        }
        if (rs.kind() == null) {
            v.add(rp + ".kind", "required");
        }
        if (rs.facing() != null && (rs.facing() == rs.number() || !all.contains(rs.facing()))) {
            v.add(rp + ".facing", "layout.facing", rs.facing());
        }
        if (rs.offsetM() != null && (!(rs.offsetM() >= 0) || rs.offsetM() > 10_000)) {
            v.add(rp + ".offsetM", "layout.distance", rs.offsetM());
        }
        if (rs.levels().isEmpty()) {
            v.add(rp + ".levels", "layout.noLevels");
        }
        Set<Integer> levelNumbers = new HashSet<>();
        for (int l = 0; l < rs.levels().size(); l++) {
            LayoutSpec.LevelSpec ls = rs.levels().get(l);
            String lp = rp + ".levels[" + l + "]";
            if (ls == null) {
                v.add(lp, "required");
                continue;
            }
            if (ls.number() < 1 || ls.number() > 9) {
                v.add(lp + ".number", "layout.range", ls.number(), 1, 9);
            } else if (!levelNumbers.add(ls.number())) {
                v.add(lp + ".number", "layout.duplicate", ls.number());
            }
            if (ls.heightMm() < 0 || ls.heightMm() > 20_000) {
                v.add(lp + ".heightMm", "layout.range", ls.heightMm(), 0, 20_000);
            }
            if (ls.loadLimitKg() < 1 || ls.loadLimitKg() > 50_000) {
                v.add(lp + ".loadLimitKg", "layout.range", ls.loadLimitKg(), 1, 50_000);
            }
            if (ls.bins() < 1 || ls.bins() > Layout.MAX_BINS_PER_LEVEL) {
                v.add(lp + ".bins", "layout.range", ls.bins(), 1, Layout.MAX_BINS_PER_LEVEL);
            }
            if (ls.binSize() == null) {
                v.add(lp + ".binSize", "required");
            }
        }
    }
}
