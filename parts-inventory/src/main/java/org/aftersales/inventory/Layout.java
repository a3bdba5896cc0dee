package org.aftersales.inventory;

import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.MutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.WarehouseId;
import tools.jackson.databind.JsonNode;

/**
 * A warehouse layout (P2): zones, racks, levels and bins, and which bins are neighbours (side
 * by side, stacked, across the aisle), asked with {@link #neighbours(Bin)} and
 * {@link #adjacency(Bin, Bin)}. Immutable and thread-safe. Built from a {@link LayoutSpec}
 * that {@link #of(LayoutSpec)} checks first, usually read with {@link #fromJson(String)}.
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
        return read(DocumentReader.parse(json));
    }

    /**
     * Reads a layout document from a file (UTF-8).
     *
     * @param file the file
     * @return the layout
     * @throws IOException when the file cannot be read
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static Layout fromJson(Path file) throws IOException {
        return read(DocumentReader.parse(file));
    }

    /**
     * Reads a layout document from a reader, to its end; the reader is not closed.
     *
     * @param reader the document
     * @return the layout
     * @throws IOException when the reader fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static Layout fromJson(Reader reader) throws IOException {
        return read(DocumentReader.parse(reader));
    }

    /**
     * Reads a layout document from a stream (UTF-8), to its end; the stream is not closed.
     *
     * @param in the document
     * @return the layout
     * @throws IOException when the stream fails
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static Layout fromJson(InputStream in) throws IOException {
        return read(DocumentReader.parse(in));
    }

    private static Layout read(JsonNode root) {
        Problems problems = new Problems();
        LayoutSpec spec = DocumentReader.bind(root, LayoutSpec.class, problems);
        if (spec != null) {
            LayoutCheck.check(spec, problems);
        }
        problems.throwIfPresent();
        return build(spec);
    }

    /**
     * Checks a layout document and builds the layout and its neighbour graph.
     *
     * @param spec the document
     * @return the layout
     * @throws org.aftersales.core.error.ValidationException listing every problem with its path
     */
    public static Layout of(LayoutSpec spec) {
        Problems problems = new Problems();
        if (spec == null) {
            problems.add("", "required").throwIfPresent();
        }
        LayoutCheck.check(spec, problems);
        problems.throwIfPresent();
        return build(spec);
    }

    private static Layout build(LayoutSpec spec) {
        Assembly parts = new Assembly();
        List<Zone> zones = new ArrayList<>();
        for (LayoutSpec.ZoneSpec zs : spec.zones()) {
            zones.add(new Zone(zs, zones.size(), parts));
        }
        return new Layout(spec, List.copyOf(zones), List.copyOf(parts.levels), Collections.unmodifiableList(parts.bins),
                Collections.unmodifiableMap(parts.byCode), graph(zones, parts.bins.size(), parts.facing));
    }

    /**
     * What the zones, racks and levels register while they are built, each in its own
     * constructor: levels and bins get dense ordinals in document order.
     */
    static final class Assembly {
        final List<Level> levels = new ArrayList<>();
        final List<Bin> bins = new ArrayList<>();
        final Map<BinCode, Bin> byCode = new HashMap<>();
        final Map<Rack, Integer> facing = new HashMap<>();
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

    /**
     * The neighbours of a bin: beside it on its level, above and below it in its rack, and
     * facing it across the aisle. Worked out once when the layout is built, so rules
     * evaluated on many bins may call it freely (constant time, no allocation).
     *
     * @param bin a bin of this layout
     * @return its neighbours, each once; unmodifiable
     * @throws org.aftersales.core.error.ValidationException when the bin belongs to another layout
     */
    public List<Bin> neighbours(Bin bin) {
        return neighbourLists.get(own(bin).ordinal());
    }

    /**
     * How two bins neighbour, if they do.
     *
     * @param a a bin of this layout
     * @param b another bin of this layout
     * @return beside, stacked or across the aisle; empty when they are not neighbours
     * @throws org.aftersales.core.error.ValidationException when a bin belongs to another layout
     */
    public Optional<Adjacency> adjacency(Bin a, Bin b) {
        return Optional.ofNullable(graph.edgeValueOrDefault(own(a), own(b), null));
    }

    /**
     * @param a a bin of this layout
     * @param b another bin of this layout
     * @return true when they are neighbours
     */
    public boolean areNeighbours(Bin a, Bin b) {
        return graph.hasEdgeConnecting(own(a), own(b));
    }

    private Bin own(Bin bin) {
        int i = bin.ordinal();
        if (i >= bins.size() || bins.get(i) != bin) {
            new Violations(InventoryMessages.MESSAGES).add("bin", "layout.foreignBin", bin, spec.warehouse())
                    .throwIfPresent();
        }
        return bin;
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
