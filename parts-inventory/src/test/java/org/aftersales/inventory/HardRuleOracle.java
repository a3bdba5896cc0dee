package org.aftersales.inventory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aftersales.core.id.PartNumber;

/**
 * An independent, deliberately plain check of the hard rules of 000 over a stock snapshot,
 * written without the engine's indexes or rule classes, to judge the engine's results.
 */
final class HardRuleOracle {

    private HardRuleOracle() {
    }

    /** Every hard violation as a canonical sentence; the same stock always gives the same set. */
    static Set<String> violations(Layout layout, PartMaster parts, StockSnapshot stock, PlacementSettings s) {
        Map<Bin, Map<PartNumber, Long>> byBin = new LinkedHashMap<>();
        Map<PartNumber, Set<String>> binsOfPart = new HashMap<>();
        for (StockLine line : stock.lines()) {
            Bin bin = layout.binOrNull(line.bin());
            byBin.computeIfAbsent(bin, b -> new TreeMap<>()).merge(line.part(), line.quantity(), Long::sum);
            binsOfPart.computeIfAbsent(line.part(), p -> new TreeSet<>()).add(line.bin().value());
        }
        Set<String> out = new TreeSet<>();
        binsOfPart.forEach((p, bins) -> {
            if (bins.size() > 1) {
                out.add("part " + p + " in bins " + bins);
            }
        });
        Map<Level, Long> load = new HashMap<>();
        byBin.forEach((bin, content) -> {
            if (content.size() > 1) {
                out.add("bin " + bin + " holds " + content.keySet());
            }
            long volume = 0;
            for (Map.Entry<PartNumber, Long> e : content.entrySet()) {
                Part part = parts.getOrNull(e.getKey());
                volume += part.dimensions().volumeMm3() * e.getValue();
                load.merge(bin.level(), part.weight().grams() * e.getValue(), Long::sum);
                if (!part.dimensions().fitsIn(bin.size())) {
                    out.add("part " + part.number() + " does not fit " + bin);
                }
                boolean upright = part.storage() == StorageRequirement.VERTICAL
                        || part.dimensions().slenderness() >= s.slenderRatio()
                        && part.dimensions().longestMm() >= s.slenderMinLengthMm();
                if (upright && bin.kind() != RackKind.VERTICAL_RACK) {
                    out.add("part " + part.number() + " must stand upright, lies in " + bin);
                }
                long g = part.weight().grams();
                int height = bin.level().heightMm();
                if (g >= s.veryHeavy().grams() && height > s.nearFloorHeightMm()
                        || g >= s.somewhatHeavy().grams() && height > s.waistHeightMm()) {
                    out.add("heavy part " + part.number() + " too high in " + bin);
                }
                String dedicated = bin.rack().dedicatedTo().orElse(null);
                if (dedicated != null && !dedicated.equals(part.category())) {
                    out.add("part " + part.number() + " in rack dedicated to " + dedicated + " at " + bin);
                }
                if (part.lookAlikeGroup() != null) {
                    for (Bin other : layout.neighbours(bin)) {
                        for (PartNumber q : byBin.getOrDefault(other, Map.of()).keySet()) {
                            if (!q.equals(part.number()) && part.lookAlikeGroup().equals(parts.getOrNull(q).lookAlikeGroup())) {
                                out.add("look-alikes " + part.number() + " in " + bin + " next to " + q + " in " + other);
                            }
                        }
                    }
                    for (PartNumber q : content.keySet()) {
                        if (!q.equals(part.number()) && part.lookAlikeGroup().equals(parts.getOrNull(q).lookAlikeGroup())) {
                            out.add("look-alikes " + part.number() + " and " + q + " share " + bin);
                        }
                    }
                }
            }
            if (volume > bin.volumeMm3()) {
                out.add("bin " + bin + " overfull");
            }
        });
        load.forEach((level, grams) -> {
            if (grams > level.loadLimit().grams()) {
                out.add("level " + level + " overloaded");
            }
        });
        return out;
    }
}
