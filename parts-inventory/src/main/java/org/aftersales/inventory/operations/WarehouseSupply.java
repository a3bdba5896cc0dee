package org.aftersales.inventory.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.core.error.Violations;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.supply.Availability;
import org.aftersales.core.supply.LineAvailability;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.PartsSupply;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.value.Quantity;

/**
 * The parts-supply port over this module's stock ledger: availability by date, reserve,
 * release, issue and give back, each inside the caller's unit of work, so the caller's change
 * and the stock change are stored together or not at all.
 *
 * <p>A reservation never takes stock another document holds, whatever the concurrency: each
 * line reads the part's {@link StockItem} and saves it at the version it read, so of two units
 * that reserve the same last pieces one commit is refused with a
 * {@link org.aftersales.core.error.ConcurrentUpdateException}; the caller runs its unit again
 * ({@link PartsWarehouse} does so itself). Quantities are whole pieces.
 *
 * <p>Found with {@link java.util.ServiceLoader} (the module {@code provides} it): that instance
 * reads today's date from the system clock in China Standard Time, because a provider has no
 * builder to be given one. An embedder that injects its clock uses {@link PartsWarehouse#supply()}
 * or {@link #WarehouseSupply(Clock)} instead.
 */
public final class WarehouseSupply implements PartsSupply {

    /** The plugin id. */
    public static final String ID = "parts-warehouse";

    private final Ledger ledger;

    /** The instance {@link java.util.ServiceLoader} makes: system clock, China Standard Time. */
    public WarehouseSupply() {
        this(Clock.system(Storage.DEFAULT_ZONE));
    }

    /**
     * A supply reading today's date from an injected clock.
     *
     * @param clock the clock, in the dealership's zone
     */
    public WarehouseSupply(Clock clock) {
        this(new Ledger(Objects.requireNonNull(clock, "clock")));
    }

    WarehouseSupply(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Availability availability(UnitOfWork work, List<PartLine> lines, LocalDate by) {
        check(work, lines, by == null ? null : by, "by");
        List<LineAvailability> out = new ArrayList<>();
        for (PartLine line : lines) {
            out.add(lineAvailability(ledger.item(work, line.part()), line, by));
        }
        return new Availability(by, out);
    }

    @Override
    public Reservation reserve(UnitOfWork work, SupplyDocument document, List<PartLine> lines, LocalDate needed) {
        check(work, lines, needed, "needed");
        Objects.requireNonNull(document, "document");
        List<PartLine> reserved = new ArrayList<>();
        List<LineAvailability> shortLines = new ArrayList<>();
        for (Map.Entry<PartNumber, Long> e : merged(lines).entrySet()) {
            PartLine line = new PartLine(e.getKey(), Quantity.pieces(e.getValue()));
            if (ledger.reserve(work, document, e.getKey(), e.getValue())) {
                reserved.add(line);
            } else {
                shortLines.add(lineAvailability(ledger.item(work, e.getKey()), line, needed));
            }
        }
        return new Reservation(document, reserved, shortLines);
    }

    @Override
    public List<PartLine> release(UnitOfWork work, SupplyDocument document) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(document, "document");
        List<PartLine> released = new ArrayList<>();
        for (var v : work.repository(Ledger.ITEMS).findBy(Ledger.HELD, "yes")) {
            long held = ledger.release(work, document, v.value().id());
            if (held > 0) {
                released.add(new PartLine(v.value().id(), Quantity.pieces(held)));
            }
        }
        return released;
    }

    @Override
    public void issue(UnitOfWork work, SupplyDocument document, List<PartLine> lines) {
        check(work, lines, LocalDate.MIN, "by");
        Objects.requireNonNull(document, "document");
        merged(lines).forEach((part, quantity) -> ledger.issue(work, document, part, quantity));
    }

    @Override
    public void giveBack(UnitOfWork work, SupplyDocument document, List<PartLine> lines) {
        check(work, lines, LocalDate.MIN, "by");
        Objects.requireNonNull(document, "document");
        merged(lines).forEach((part, quantity) -> ledger.giveBack(work, document, part, quantity));
    }

    private LineAvailability lineAvailability(StockItem item, PartLine line, LocalDate by) {
        LocalDate today = ledger.today();
        long wanted = line.quantity().wholeCount();
        return new LineAvailability(line, Quantity.pieces(item.free(today)), Quantity.pieces(item.availableBy(by)),
                item.earliestDate(today, wanted));
    }

    static Map<PartNumber, Long> merged(List<PartLine> lines) {
        Map<PartNumber, Long> out = new LinkedHashMap<>();
        for (PartLine l : lines) {
            out.merge(l.part(), l.quantity().wholeCount(), Long::sum);
        }
        return out;
    }

    private static void check(UnitOfWork work, List<PartLine> lines, LocalDate date, String dateName) {
        Objects.requireNonNull(work, "work");
        Violations v = OperationsMessages.violations();
        if (lines == null || lines.isEmpty()) {
            v.add("lines", "lines.empty");
        } else {
            for (int i = 0; i < lines.size(); i++) {
                PartLine l = lines.get(i);
                if (l == null) {
                    v.add("lines[" + i + "]", "required");
                } else if (l.quantity().unit() != Quantity.Unit.PIECE) {
                    v.add("lines[" + i + "].quantity", "quantity.pieces", l.quantity());
                }
            }
        }
        if (date == null) {
            v.add(dateName, "required");
        }
        v.throwIfPresent();
    }

    @Override
    public String toString() {
        return "parts-supply " + ID;
    }
}
