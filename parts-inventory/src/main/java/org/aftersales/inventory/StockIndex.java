package org.aftersales.inventory;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.PartNumber;
import org.aftersales.inventory.spi.StockGroup;
import org.aftersales.inventory.spi.StockView;

/**
 * The stock of a layout, indexed for placement: occupants per bin, a bit set of occupied bins,
 * load per level, bins per part number, and per stock group the bins and their middle in each
 * zone. Mutable for the engine's own working copies; the API hands out only copies that are
 * never changed again.
 */
final class StockIndex implements StockView {

    private final Layout layout;
    private final PartMaster parts;
    private final Cell[] cells;
    private final BitSet occupied;
    private final long[] levelLoad;
    private final Map<PartNumber, List<Bin>> homes;
    private final Map<StockGroup, Group> groups;
    private int lines;

    private static final class Cell {
        final Part part;
        long quantity;
        Cell next;

        Cell(Part part, long quantity, Cell next) {
            this.part = part;
            this.quantity = quantity;
            this.next = next;
        }
    }

    private static final class Group {
        final Map<Bin, Integer> bins = new LinkedHashMap<>();
        final int[] count;
        final double[] sumOffset;
        final double[] sumAlong;

        Group(int zones) {
            count = new int[zones];
            sumOffset = new double[zones];
            sumAlong = new double[zones];
        }

        Group copy() {
            Group g = new Group(count.length);
            g.bins.putAll(bins);
            System.arraycopy(count, 0, g.count, 0, count.length);
            System.arraycopy(sumOffset, 0, g.sumOffset, 0, count.length);
            System.arraycopy(sumAlong, 0, g.sumAlong, 0, count.length);
            return g;
        }

        void add(Bin bin, int sign) {
            int z = bin.zone().ordinal();
            count[z] += sign;
            sumOffset[z] += sign * bin.rack().offsetM();
            sumAlong[z] += sign * bin.alongM();
            if (sign > 0) {
                bins.merge(bin, 1, Integer::sum);
            } else {
                bins.computeIfPresent(bin, (b, n) -> n == 1 ? null : n - 1);
            }
        }
    }

    /**
     * An empty index.
     *
     * @param layout the layout
     * @param parts the part master
     */
    StockIndex(Layout layout, PartMaster parts) {
        this.layout = layout;
        this.parts = parts;
        this.cells = new Cell[layout.bins().size()];
        this.occupied = new BitSet(cells.length);
        this.levelLoad = new long[layout.levels().size()];
        this.homes = new HashMap<>();
        this.groups = new HashMap<>();
    }

    private StockIndex(StockIndex o) {
        this.layout = o.layout;
        this.parts = o.parts;
        this.cells = new Cell[o.cells.length];
        for (int i = o.occupied.nextSetBit(0); i >= 0; i = o.occupied.nextSetBit(i + 1)) {
            Cell copy = null;
            for (Cell c = o.cells[i]; c != null; c = c.next) {
                copy = new Cell(c.part, c.quantity, copy);
            }
            Cell reversed = null;
            while (copy != null) {
                Cell next = copy.next;
                copy.next = reversed;
                reversed = copy;
                copy = next;
            }
            cells[i] = reversed;
        }
        this.occupied = (BitSet) o.occupied.clone();
        this.levelLoad = o.levelLoad.clone();
        this.homes = new HashMap<>();
        o.homes.forEach((k, v) -> homes.put(k, new ArrayList<>(v)));
        this.groups = new HashMap<>();
        o.groups.forEach((k, v) -> groups.put(k, v.copy()));
        this.lines = o.lines;
    }

    /**
     * Indexes a snapshot, checking that every bin and part exists.
     *
     * @param layout the layout
     * @param parts the part master
     * @param snapshot the stock
     * @return the index
     * @throws org.aftersales.core.error.ValidationException naming every unknown bin and part
     */
    static StockIndex of(Layout layout, PartMaster parts, StockSnapshot snapshot) {
        Violations v = new Violations(InventoryMessages.MESSAGES);
        StockIndex index = new StockIndex(layout, parts);
        List<StockLine> lines = snapshot.lines();
        for (int i = 0; i < lines.size(); i++) {
            StockLine line = lines.get(i);
            Bin bin = layout.binOrNull(line.bin());
            Part part = parts.getOrNull(line.part());
            if (bin == null) {
                v.add("lines[" + i + "].bin", "stock.unknownBin", line.bin());
            }
            if (part == null) {
                v.add("lines[" + i + "].part", "stock.unknownPart", line.part());
            }
            if (bin != null && part != null && v.isEmpty()) {
                index.add(bin, part, line.quantity());
            }
        }
        v.throwIfPresent();
        return index;
    }

    /** @return an independent copy */
    public StockIndex copy() {
        return new StockIndex(this);
    }

    /** @return the layout */
    public Layout layout() {
        return layout;
    }

    @Override
    public PartMaster parts() {
        return parts;
    }

    /**
     * The groups a part belongs to: its category, and its category for each model it fits.
     *
     * @param part a part
     * @return the groups
     */
    static List<StockGroup> groupsOf(Part part) {
        List<StockGroup> out = new ArrayList<>(1 + part.models().size());
        out.add(StockGroup.category(part.category()));
        for (String m : part.models()) {
            out.add(StockGroup.model(part.category(), m));
        }
        return out;
    }

    /**
     * Adds pieces of a part to a bin.
     *
     * @param bin the bin
     * @param part the part
     * @param quantity how many, at least 1
     */
    public void add(Bin bin, Part part, long quantity) {
        int i = bin.ordinal();
        levelLoad[bin.level().ordinal()] += part.weight().grams() * quantity;
        for (Cell c = cells[i]; c != null; c = c.next) {
            if (c.part.number().equals(part.number())) {
                c.quantity += quantity;
                return;
            }
        }
        Cell tail = cells[i];
        if (tail == null) {
            cells[i] = new Cell(part, quantity, null);
        } else {
            while (tail.next != null) {
                tail = tail.next;
            }
            tail.next = new Cell(part, quantity, null);
        }
        occupied.set(i);
        homes.computeIfAbsent(part.number(), k -> new ArrayList<>(1)).add(bin);
        for (StockGroup g : groupsOf(part)) {
            groups.computeIfAbsent(g, k -> new Group(layout.zones().size())).add(bin, 1);
        }
        lines++;
    }

    /**
     * Takes every piece of a part out of a bin.
     *
     * @param bin the bin
     * @param part the part
     * @return how many pieces were there (0 when none)
     */
    public long remove(Bin bin, Part part) {
        int i = bin.ordinal();
        Cell prev = null;
        for (Cell c = cells[i]; c != null; prev = c, c = c.next) {
            if (c.part.number().equals(part.number())) {
                if (prev == null) {
                    cells[i] = c.next;
                } else {
                    prev.next = c.next;
                }
                if (cells[i] == null) {
                    occupied.clear(i);
                }
                levelLoad[bin.level().ordinal()] -= part.weight().grams() * c.quantity;
                List<Bin> h = homes.get(part.number());
                h.remove(bin);
                if (h.isEmpty()) {
                    homes.remove(part.number());
                }
                for (StockGroup g : groupsOf(part)) {
                    Group group = groups.get(g);
                    group.add(bin, -1);
                    if (group.bins.isEmpty()) {
                        groups.remove(g);
                    }
                }
                lines--;
                return c.quantity;
            }
        }
        return 0;
    }

    /** @return the occupied bins as a bit set over bin ordinals; do not change it */
    public BitSet occupied() {
        return occupied;
    }

    /** @return how many stock lines (part in bin) there are */
    public int lineCount() {
        return lines;
    }

    @Override
    public List<Part> occupants(Bin bin) {
        Cell c = cells[bin.ordinal()];
        if (c == null) {
            return List.of();
        }
        if (c.next == null) {
            return List.of(c.part);
        }
        List<Part> out = new ArrayList<>();
        for (; c != null; c = c.next) {
            out.add(c.part);
        }
        return out;
    }

    /**
     * The first occupant of a bin, without allocating.
     *
     * @param bin a bin
     * @return the first part stored there, or null
     */
    public Part firstOccupant(Bin bin) {
        Cell c = cells[bin.ordinal()];
        return c == null ? null : c.part;
    }

    /**
     * @param bin a bin
     * @return true when more than one part number is stored there
     */
    public boolean isShared(Bin bin) {
        Cell c = cells[bin.ordinal()];
        return c != null && c.next != null;
    }

    @Override
    public boolean isEmpty(Bin bin) {
        return cells[bin.ordinal()] == null;
    }

    @Override
    public long quantity(Bin bin, PartNumber part) {
        for (Cell c = cells[bin.ordinal()]; c != null; c = c.next) {
            if (c.part.number().equals(part)) {
                return c.quantity;
            }
        }
        return 0;
    }

    @Override
    public List<Bin> binsOf(PartNumber part) {
        List<Bin> h = homes.get(part);
        return h == null ? List.of() : Collections.unmodifiableList(h);
    }

    @Override
    public long levelLoadGrams(Level level) {
        return levelLoad[level.ordinal()];
    }

    @Override
    public Collection<Bin> binsHolding(StockGroup group) {
        Group g = groups.get(group);
        return g == null ? List.of() : Collections.unmodifiableSet(g.bins.keySet());
    }

    @Override
    public double distanceToGroupM(StockGroup group, Bin from, PartNumber excluding) {
        Group g = groups.get(group);
        if (g == null) {
            return Double.POSITIVE_INFINITY;
        }
        List<Bin> own = List.of();
        if (excluding != null) {
            Part p = parts.getOrNull(excluding);
            if (p != null && p.category().equals(group.category())
                    && (group.model() == null || p.models().contains(group.model()))) {
                own = binsOf(excluding);
            }
        }
        List<Zone> zones = layout.zones();
        double best = Double.POSITIVE_INFINITY;
        Zone fromZone = from.zone();
        for (int z = 0; z < g.count.length; z++) {
            int n = g.count[z];
            double off = g.sumOffset[z];
            double along = g.sumAlong[z];
            for (int k = 0; k < own.size(); k++) {
                Bin b = own.get(k);
                if (b.zone().ordinal() == z) {
                    n--;
                    off -= b.rack().offsetM();
                    along -= b.alongM();
                }
            }
            if (n <= 0) {
                continue;
            }
            double cx = off / n;
            double cy = along / n;
            double d;
            if (z == fromZone.ordinal()) {
                d = Math.abs(from.rack().offsetM() - cx) + Math.abs(from.alongM() - cy);
            } else {
                d = from.distanceToCounterM() + zones.get(z).distanceToCounterM() + cx + cy;
            }
            best = Math.min(best, d);
        }
        return best;
    }

    /** @return the stock as a snapshot, in bin order */
    public StockSnapshot snapshot() {
        List<StockLine> out = new ArrayList<>(lines);
        List<Bin> bins = layout.bins();
        for (int i = occupied.nextSetBit(0); i >= 0; i = occupied.nextSetBit(i + 1)) {
            for (Cell c = cells[i]; c != null; c = c.next) {
                out.add(new StockLine(bins.get(i).code(), c.part.number(), c.quantity));
            }
        }
        return new StockSnapshot(out);
    }
}
