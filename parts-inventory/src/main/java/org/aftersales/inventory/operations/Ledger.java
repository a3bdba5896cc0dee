package org.aftersales.inventory.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.Repository;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.supply.SupplyDocument;

/**
 * The stock ledger's storage work inside a caller's unit of work: loads a part's
 * {@link StockItem}, changes it, saves it at the version it was read and writes the
 * {@link StockMovement}s. Shared by {@link PartsWarehouse} and {@link WarehouseSupply}.
 */
final class Ledger {

    /** Parts that have stock or a home bin, so the placement engine sees what lies where. */
    static final Index<StockItem, String> STOCKED =
            Index.exact("stocked", i -> i.lots().isEmpty() && i.home() == null ? null : "yes");
    /** Parts with goods due in. */
    static final Index<StockItem, String> EXPECTING = Index.exact("expecting", i -> i.dueIn().isEmpty() ? null : "yes");
    /** Parts some document holds pieces of. */
    static final Index<StockItem, String> HELD = Index.exact("held", i -> i.holds().isEmpty() ? null : "yes");
    /** How stock items are stored. */
    static final AggregateType<PartNumber, StockItem> ITEMS = AggregateType
            .of("stock-item", PartNumber.class, StockItem.class).withIndex(STOCKED).withIndex(EXPECTING).withIndex(HELD);

    /** Movements by part. */
    static final Index<StockMovement, PartNumber> BY_PART = Index.exact("part", StockMovement::part);
    /** Movements by bin: the bin card. */
    static final Index<StockMovement, String> BY_BIN =
            Index.exact("bin", m -> m.bin() == null ? null : m.bin().value());
    /** Reversals by the movement they undo. */
    static final Index<StockMovement, MovementId> BY_REVERSED = Index.exact("reverses", StockMovement::reverses);
    /** How movements are stored. */
    static final AggregateType<MovementId, StockMovement> MOVEMENTS = AggregateType
            .of("stock-movement", MovementId.class, StockMovement.class)
            .withIndex(BY_PART).withIndex(BY_BIN).withIndex(BY_REVERSED);
    /** Movement numbers: {@code MV-000000000001}, never reset. */
    static final SequenceFormat MOVEMENT_NUMBERS = SequenceFormat.continuous("stock-movement", "MV", 12);

    private final Clock clock;

    Ledger(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    Versioned<StockItem> load(UnitOfWork work, PartNumber part) {
        Optional<Versioned<StockItem>> found = work.repository(ITEMS).find(part);
        return found.orElseGet(() -> new Versioned<>(StockItem.empty(part), Long.MAX_VALUE));
    }

    StockItem item(UnitOfWork work, PartNumber part) {
        return load(work, part).value();
    }

    void save(UnitOfWork work, Versioned<StockItem> before, StockItem after) {
        long version = before.version() == Long.MAX_VALUE ? Versioned.NEW : before.version();
        work.repository(ITEMS).save(after, version);
    }

    StockMovement record(UnitOfWork work, PartNumber part, MovementKind kind, BinCode bin, long quantity, Lot lot,
            String document, MovementId reverses) {
        MovementId id = MovementId.of(work.sequence(MOVEMENT_NUMBERS).next().text());
        StockMovement m = new StockMovement(id, part, kind, bin, quantity, lot == null ? null : lot.produced(),
                lot == null ? null : lot.expires(), document, clock.instant(), reverses);
        work.repository(MOVEMENTS).save(m, Versioned.NEW);
        return m;
    }

    /** Reserves one line in full or not at all; returns whether it was reserved. */
    boolean reserve(UnitOfWork work, SupplyDocument document, PartNumber part, long quantity) {
        Versioned<StockItem> before = load(work, part);
        StockItem after = before.value().reserve(document, quantity, today());
        if (after == null) {
            return false;
        }
        save(work, before, after);
        return true;
    }

    long release(UnitOfWork work, SupplyDocument document, PartNumber part) {
        Versioned<StockItem> before = load(work, part);
        long held = before.value().heldBy(document);
        if (held > 0) {
            save(work, before, before.value().release(document));
        }
        return held;
    }

    List<StockMovement> issue(UnitOfWork work, SupplyDocument document, PartNumber part, long quantity) {
        Versioned<StockItem> before = load(work, part);
        StockItem.Taken taken = before.value().issue(document, quantity, today());
        save(work, before, taken.item());
        MovementKind kind = document.kind() == SupplyDocument.Kind.COUNTER_SALE
                ? MovementKind.COUNTER_SALE : MovementKind.ISSUE_TO_REPAIR_ORDER;
        List<StockMovement> out = new ArrayList<>();
        for (Lot lot : taken.lots()) {
            out.add(record(work, part, kind, lot.bin(), -lot.quantity(), lot, documentText(document), null));
        }
        return out;
    }

    List<StockMovement> giveBack(UnitOfWork work, SupplyDocument document, PartNumber part, long quantity) {
        Versioned<StockItem> before = load(work, part);
        StockItem.Taken back = before.value().giveBack(document, quantity);
        save(work, before, back.item());
        List<StockMovement> out = new ArrayList<>();
        for (Lot lot : back.lots()) {
            out.add(record(work, part, MovementKind.RETURN, lot.bin(), lot.quantity(), lot, documentText(document),
                    null));
        }
        return out;
    }

    /** Adds or removes pieces of one lot and records the movement. */
    StockMovement move(UnitOfWork work, PartNumber part, MovementKind kind, BinCode bin, long delta, Lot dates,
            String document) {
        Versioned<StockItem> before = load(work, part);
        StockItem after = before.value().add(bin, delta, dates == null ? null : dates.produced(),
                dates == null ? null : dates.expires());
        save(work, before, after);
        return record(work, part, kind, bin, delta, dates, document, null);
    }

    /** Moves pieces of a lot from the dock into a bin and records the putaway. */
    StockMovement putaway(UnitOfWork work, PartNumber part, BinCode bin, long quantity, Lot dates, String document) {
        Versioned<StockItem> before = load(work, part);
        StockItem after = before.value().add(null, -quantity, dates.produced(), dates.expires())
                .add(bin, quantity, dates.produced(), dates.expires()).withHome(bin);
        save(work, before, after);
        return record(work, part, MovementKind.PUTAWAY, bin, quantity, dates, document, null);
    }

    static String documentText(SupplyDocument document) {
        return document.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ":" + document.number();
    }

    static Repository<PartNumber, StockItem> items(UnitOfWork work) {
        return work.repository(ITEMS);
    }
}
