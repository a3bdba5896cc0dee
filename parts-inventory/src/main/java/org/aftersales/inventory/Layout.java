package org.aftersales.inventory;

import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.WarehouseId;
import org.aftersales.core.json.AftersalesJson;
import org.aftersales.core.value.Weight;
import org.aftersales.inventory.internal.InventoryMessages;

/**
 * A warehouse layout (P2): zones, racks, levels and bins, and which bins are neighbours (side
 * by side, stacked, across the aisle) as a Guava {@link ValueGraph}. Immutable and
 * thread-safe. Built from a checked {@link LayoutSpec}, usually read with
 * {@link #fromJson(String)}.
 */
public final class Layout {

    /** Most bins on one level. */
    public static final int MAX_BINS_PER_LEVEL = 999;
    /** Default spacing of racks in a zone when a rack gives no offset, in metres. */
    public static final double DEFAULT_RACK_SPACING_M = 2.5;

    private final LayoutSpec spec;
    private final List<Zone> zones;
    private final List<Level> levels;
    private final List<Bin> bins;
    private final Map<BinCode, Bin> byCode;
    private final ImmutableValueGraph<Bin, Adjacency> graph;
    private final List<List<Bin>> neighbourLists;
    private final double maxDistanceToCounterM;

    private Layout(LayoutSpec spec, List<Zone> zones, List<Level> levels, List<Bin> bins, Map<BinCode, Bin> byCode,
            ImmutableValueGraph<Bin, Adjacency> graph) {
        this.spec = spec;
        this.zones = zones;
        this.levels = levels;
        this.bins = bins;
        this.byCode = byCode;
        this.graph = graph;
        List<List<Bin>> lists = new ArrayList<>(bins.size());
        for (Bin b : bins) {
            lists.add(List.copyOf(graph.adjacentNodes(b)));
        }
        this.neighbourLists = Collections.unmodifiableList(lists);
        double max = 0;
        for (Bin b : bins) {
            max = Math.max(max, b.distanceToCounterM());
        }
        this.maxDistanceToCounterM = max;
    }

    /**
     * Reads a layout document.
     *
     * @param json the document
     * @return the layout
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static Layout fromJson(String json) {
        return of(AftersalesJson.read(json, LayoutSpec.class));
    }

    /**
     * Checks a layout document and builds the layout and its neighbour graph.
     *
     * @param spec the document
     * @return the layout
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static Layout of(LayoutSpec spec) {
        check(spec);
        List<Zone> zones = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        List<Bin> bins = new ArrayList<>();
        Map<BinCode, Bin> byCode = new HashMap<>();
        Map<Rack, Integer> facing = new HashMap<>();
        for (LayoutSpec.ZoneSpec zs : spec.zones()) {
            Zone zone = new Zone(zs.code().strip(), zs.name() == null ? zs.code().strip() : zs.name(),
                    zs.distanceToCounterM(), zones.size());
            zones.add(zone);
            List<Rack> racks = new ArrayList<>();
            for (LayoutSpec.RackSpec rs : zs.racks()) {
                double offset = rs.offsetM() == null ? (rs.number() - 1) * DEFAULT_RACK_SPACING_M : rs.offsetM();
                String dedicated = rs.dedicatedTo() == null || rs.dedicatedTo().isBlank() ? null : rs.dedicatedTo().strip();
                Rack rack = new Rack(zone, rs.number(), rs.kind(), dedicated, offset);
                racks.add(rack);
                if (rs.facing() != null) {
                    facing.put(rack, rs.facing());
                }
                List<Level> rackLevels = new ArrayList<>();
                for (LayoutSpec.LevelSpec ls : rs.levels()) {
                    Level level = new Level(rack, ls.number(), ls.heightMm(), Weight.ofGrams(ls.loadLimitKg() * 1000L),
                            levels.size());
                    levels.add(level);
                    rackLevels.add(level);
                    List<Bin> levelBins = new ArrayList<>();
                    double width = ls.binSize().lengthMm() / 1000.0;
                    for (int p = 1; p <= ls.bins(); p++) {
                        BinCode code = BinCode.of(String.format(Locale.ROOT, "%s-%02d-%d-%02d", zone.code(), rack.number(),
                                level.number(), p));
                        Bin bin = new Bin(code, level, p, ls.binSize(), bins.size(), (p - 1) * width, p * width);
                        bins.add(bin);
                        levelBins.add(bin);
                        byCode.put(code, bin);
                    }
                    level.bins(levelBins);
                }
                rackLevels.sort((a, b) -> Integer.compare(a.number(), b.number()));
                rack.levels(rackLevels);
            }
            zone.racks(racks);
        }
        return new Layout(spec, List.copyOf(zones), List.copyOf(levels), Collections.unmodifiableList(bins),
                Collections.unmodifiableMap(byCode), graph(zones, bins.size(), facing));
    }

    private static ImmutableValueGraph<Bin, Adjacency> graph(List<Zone> zones, int binCount, Map<Rack, Integer> facing) {
        MutableValueGraph<Bin, Adjacency> g = ValueGraphBuilder.undirected().expectedNodeCount(binCount).build();
        for (Zone zone : zones) {
            Map<Integer, Rack> racksByNumber = new HashMap<>();
            zone.racks().forEach(r -> racksByNumber.put(r.number(), r));
            for (Rack rack : zone.racks()) {
                List<Level> ls = rack.levels();
                for (int i = 0; i < ls.size(); i++) {
                    List<Bin> row = ls.get(i).bins();
                    row.forEach(g::addNode);
                    for (int p = 1; p < row.size(); p++) {
                        g.putEdgeValue(row.get(p - 1), row.get(p), Adjacency.BESIDE);
                    }
                    if (i > 0) {
                        connectOverlapping(g, ls.get(i - 1).bins(), row, Adjacency.STACKED);
                    }
                }
                Integer across = facing.get(rack);
                Rack other = across == null ? null : racksByNumber.get(across);
                if (other != null) {
                    for (Level l : rack.levels()) {
                        for (Level o : other.levels()) {
                            if (o.number() == l.number()) {
                                connectOverlapping(g, l.bins(), o.bins(), Adjacency.ACROSS_AISLE);
                            }
                        }
                    }
                }
            }
        }
        return ImmutableValueGraph.copyOf(g);
    }

    /** Joins the bins of two rows whose stretches along the rack overlap. */
    private static void connectOverlapping(MutableValueGraph<Bin, Adjacency> g, List<Bin> a, List<Bin> b, Adjacency how) {
        int i = 0;
        int j = 0;
        final double eps = 1e-9;
        while (i < a.size() && j < b.size()) {
            Bin x = a.get(i);
            Bin y = b.get(j);
            if (x.alongStartM() < y.alongEndM() - eps && y.alongStartM() < x.alongEndM() - eps && x != y) {
                if (!g.hasEdgeConnecting(x, y)) {
                    g.putEdgeValue(x, y, how);
                }
            }
            if (x.alongEndM() < y.alongEndM()) {
                i++;
            } else {
                j++;
            }
        }
    }

    private static void check(LayoutSpec spec) {
        Violations v = new Violations(InventoryMessages.MESSAGES);
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
        v.throwIfPresent();
    }

    private static void checkRack(Violations v, String rp, LayoutSpec.RackSpec rs, Set<Integer> seen, Set<Integer> all) {
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
            if (ls.bins() < 1 || ls.bins() > MAX_BINS_PER_LEVEL) {
                v.add(lp + ".bins", "layout.range", ls.bins(), 1, MAX_BINS_PER_LEVEL);
            }
            if (ls.binSize() == null) {
                v.add(lp + ".binSize", "required");
            }
        }
    }

    /** @return the document this layout was built from */
    public LayoutSpec spec() {
        return spec;
    }

    /** @return the warehouse id */
    public WarehouseId warehouse() {
        return spec.warehouse();
    }

    /** @return the zones in document order */
    public List<Zone> zones() {
        return zones;
    }

    /** @return every level, indexed by {@link Level#ordinal()} */
    public List<Level> levels() {
        return levels;
    }

    /** @return every bin, indexed by {@link Bin#ordinal()} */
    public List<Bin> bins() {
        return bins;
    }

    /**
     * @param code a location code
     * @return the bin, if the layout has it
     */
    public Optional<Bin> bin(BinCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * @param code a location code
     * @return the bin, or null when the layout lacks it
     */
    public Bin binOrNull(BinCode code) {
        return byCode.get(code);
    }

    /** @return the neighbour graph: nodes are bins, edge values say how they neighbour */
    public ValueGraph<Bin, Adjacency> graph() {
        return graph;
    }

    /**
     * @param bin a bin of this layout
     * @return its neighbours: beside, above, below and across the aisle
     */
    public Set<Bin> neighbours(Bin bin) {
        return graph.adjacentNodes(bin);
    }

    /**
     * The neighbours as a list, read from the graph once when the layout is built; the fast
     * form of {@link #neighbours(Bin)} for rules evaluated on many bins.
     *
     * @param bin a bin of this layout
     * @return its neighbours
     */
    public List<Bin> neighbourList(Bin bin) {
        return neighbourLists.get(bin.ordinal());
    }

    /** @return the longest walking distance from the counter to a bin, in metres */
    public double maxDistanceToCounterM() {
        return maxDistanceToCounterM;
    }

    /**
     * Walking distance between two bins: along and between the racks of one zone, or through
     * the counter end of the warehouse between zones.
     *
     * @param a a bin
     * @param b another bin
     * @return metres
     */
    public static double walkingDistanceM(Bin a, Bin b) {
        if (a.zone() == b.zone()) {
            return Math.abs(a.rack().offsetM() - b.rack().offsetM()) + Math.abs(a.alongM() - b.alongM());
        }
        return a.distanceToCounterM() + b.distanceToCounterM();
    }

    @Override
    public String toString() {
        return "Layout " + spec.warehouse() + " (" + bins.size() + " bins)";
    }
}
