package org.aftersales.inventory.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.aftersales.core.calendar.BusinessCalendar;
import org.aftersales.core.deadline.Deadlines;
import org.aftersales.core.error.BusinessRuleException;
import org.aftersales.core.error.ConcurrentUpdateException;
import org.aftersales.core.error.NotFoundException;
import org.aftersales.core.error.Violations;
import org.aftersales.core.event.Actor;
import org.aftersales.core.event.EventContext;
import org.aftersales.core.event.EventMetadata;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.CorrelationId;
import org.aftersales.core.id.DepartmentId;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.party.StaffDirectory;
import org.aftersales.core.plugin.PluginHost;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;
import org.aftersales.core.store.SequenceFormat;
import org.aftersales.core.store.Storage;
import org.aftersales.core.store.UnitOfWork;
import org.aftersales.core.store.Versioned;
import org.aftersales.core.supply.PartLine;
import org.aftersales.core.supply.PartsSupply;
import org.aftersales.core.supply.Reservation;
import org.aftersales.core.supply.SupplyDocument;
import org.aftersales.core.validation.BoundaryValidator;
import org.aftersales.core.value.Quantity;
import org.aftersales.inventory.Part;
import org.aftersales.inventory.PartMaster;
import org.aftersales.inventory.PlacementDecision;
import org.aftersales.inventory.PlacementEngine;
import org.aftersales.inventory.PlacementRequest;
import org.aftersales.inventory.StockLine;
import org.aftersales.inventory.StockSnapshot;
import org.aftersales.inventory.WarehouseState;
import org.aftersales.inventory.operations.spi.TransferSource;

/**
 * The parts department's application service (P5-P12): receiving to putaway, the stock ledger
 * and available to promise, the parts-supply port, replenishment, shortage, outbound check,
 * customer accounts and the counter. Made by {@link #builder()}.
 *
 * <p>Every command is a record checked with the {@link BoundaryValidator} (every violation
 * listed, in English and Chinese, nothing stored), then runs as one unit of work: load, change,
 * save at the version read, publish its {@link PartsEvent}s, set or meet its deadlines. All of
 * it is stored or none of it. When another unit changed the same stock item or account first,
 * the whole unit runs again from a fresh read, up to {@link Builder#attempts(int) attempts}
 * times (10 by default, our choice: enough for a busy counter, change it in the builder); that
 * is how eight clerks reserving the last five pieces end with exactly five reserved.
 *
 * <p>Thread-safe; share one per storage.
 */
public final class PartsWarehouse {

    /** The standard a repair shop's parts request is answered within (5 minutes, seed 004). */
    public static final String ANSWER_PARTS_REQUEST = "answer-parts-request";
    /** The standard a home delivery is kept to (30 minutes within 5 km, seed 004). */
    public static final String HOME_DELIVERY = "home-delivery";

    /** Putaway still open, so their bins count as taken when placing more goods. */
    static final Index<Receipt, String> OPEN_PUTAWAY =
            Index.exact("open-putaway", r -> r.openTasks().isEmpty() ? null : "yes");
    /** How receipts are stored. */
    static final AggregateType<DocumentNumber, Receipt> RECEIPTS =
            AggregateType.of("parts-receipt", DocumentNumber.class, Receipt.class).withIndex(OPEN_PUTAWAY);
    /** Receipt numbers: {@code RCV-2026-000001}. */
    static final SequenceFormat RECEIPT_NUMBERS = SequenceFormat.yearly("parts-receipt", "RCV", 6);

    private static final Actor SYSTEM = Actor.system("parts-warehouse");

    private final Storage storage;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private final StaffDirectory staff;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final PlacementEngine placement;
    private final PluginHost<TransferSource> transferSources;
    private final DepartmentId department;
    private final int attempts;
    private final Ledger ledger;
    private final WarehouseSupply supply;
    private final EventContext events;
    private final BoundaryValidator validator;
    private final Accounts accounts;
    private final Shortages shortages;
    private final Outbound outbound;
    private final Counter counter;

    private PartsWarehouse(Builder b) {
        this.storage = b.storage;
        this.clock = b.clock;
        this.calendar = b.calendar;
        this.staff = b.staff;
        this.deadlines = b.deadlines;
        this.notifications = b.notifications;
        this.placement = b.placement;
        this.transferSources = b.transferSources.build();
        this.department = b.department;
        this.attempts = b.attempts;
        this.ledger = new Ledger(b.clock);
        this.supply = new WarehouseSupply(ledger);
        this.events = EventContext.of(b.clock);
        this.validator = BoundaryValidator.create(OperationsMessages.MESSAGES);
        this.accounts = new Accounts(this);
        this.shortages = new Shortages(this);
        this.outbound = new Outbound(this);
        this.counter = new Counter(this);
    }

    /** @return a builder; storage, clock, calendar, staff directory, deadlines and placement engine are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the parts-supply port over this warehouse's ledger, reading today from its clock */
    public PartsSupply supply() {
        return supply;
    }

    /** @return the part master the warehouse works with */
    public PartMaster parts() {
        return placement.parts();
    }

    /** @return the transfer sources, in the order they are asked */
    public List<String> transferSourceIds() {
        return transferSources.ids();
    }

    // ------------------------------------------------------------------ receiving (P5)

    /**
     * Receives a delivery (P5): judges every line against its packing list, records the
     * accepted goods on the dock, and makes one putaway task per accepted line with the
     * placement engine's decision and explanation. The bins of putaway still open count as
     * taken, so two deliveries of one part go to one home bin.
     *
     * @param command the command
     * @return the receipt, with its discrepancy report and tasks
     * @throws org.aftersales.core.error.ValidationException when the command is malformed, a
     *     part is unknown, or a dated part's line lacks its dates
     */
    public Receipt receive(ReceiveGoods command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        for (int i = 0; i < command.lines().size(); i++) {
            PackingLine l = command.lines().get(i);
            Part part = parts().getOrNull(l.part());
            if (part == null) {
                v.add("lines[" + i + "].part", "part.unknown", l.part());
            } else if (part.consumerInfo() != null && part.consumerInfo().perishable()
                    && (l.produced() == null || l.expires() == null)) {
                v.add("lines[" + i + "].expires", "receipt.datesRequired", l.part());
            }
            if (l.produced() != null && l.expires() != null && l.expires().isBefore(l.produced())) {
                v.add("lines[" + i + "].expires", "receipt.datesOrder", l.expires(), l.produced());
            }
        }
        v.throwIfPresent();
        return inUnit(work -> {
            DocumentNumber number = DocumentNumber.of(work.sequence(RECEIPT_NUMBERS).next().text());
            Instant now = clock.instant();
            List<ReceiptLine> lines = new ArrayList<>();
            for (int i = 0; i < command.lines().size(); i++) {
                lines.add(ReceiptLine.judge(i + 1, command.lines().get(i)));
            }
            WarehouseState state = placement.state(snapshot(work));
            List<PutawayTask> tasks = new ArrayList<>();
            long accepted = 0;
            for (ReceiptLine line : lines) {
                if (line.accepted() == 0) {
                    continue;
                }
                PackingLine p = line.listed();
                Lot lot = new Lot(null, line.accepted(), p.produced(), p.expires());
                ledger.move(work, p.part(), MovementKind.RECEIPT, null, line.accepted(), lot, number.value());
                accepted += line.accepted();
                PlacementDecision decision = null;
                org.aftersales.core.i18n.LocalizedText unplaced = null;
                try {
                    decision = placement.place(state, PlacementRequest.of(p.part(), line.accepted()));
                    state = state.with(decision);
                } catch (BusinessRuleException noBin) {
                    unplaced = noBin.text();
                }
                tasks.add(new PutawayTask(tasks.size() + 1, line.line(), p.part(), line.accepted(), lot, decision,
                        unplaced, null, null, null, null));
            }
            Receipt receipt = new Receipt(number, command.supplier(), command.packingList().strip(), command.clerk(),
                    now, lines, tasks);
            work.repository(RECEIPTS).save(receipt, Versioned.NEW);
            int discrepancies = receipt.discrepancyReport().lines().size();
            work.publish(new PartsEvent.GoodsReceived(meta(Actor.staff(command.clerk()), number.value()), number,
                    command.supplier(), accepted, discrepancies));
            return receipt;
        });
    }

    /**
     * Confirms a putaway (P5): the goods leave the dock for their bin; the bin card gets its line.
     *
     * @param command the command
     * @return the receipt with the task confirmed
     * @throws NotFoundException when the receipt or task is unknown
     * @throws BusinessRuleException when the task was confirmed already, or another bin than
     *     the engine's decision is named
     */
    public Receipt confirmPutaway(ConfirmPutaway command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        v.throwIfPresent();
        return inUnit(work -> {
            Versioned<Receipt> found = work.repository(RECEIPTS).get(command.receipt());
            Receipt receipt = found.value();
            PutawayTask task = receipt.task(command.task());
            if (task == null) {
                throw new NotFoundException("putaway task", command.receipt().value() + "/" + command.task());
            }
            if (!task.open()) {
                throw OperationsMessages.refusal("putaway.done", task, command.task(), command.receipt(), task.bin());
            }
            BinCode decided = task.decidedBin();
            BinCode into = command.bin() != null ? command.bin() : decided;
            if (into == null) {
                throw OperationsMessages.refusal("putaway.binRequired", task, command.task(), task.part());
            }
            if (decided != null && !decided.equals(into)) {
                throw OperationsMessages.refusal("putaway.wrongBin", task, into, decided, task.part());
            }
            if (placement.layout().bin(into).isEmpty()) {
                throw new NotFoundException("bin", into.value());
            }
            StockMovement mv = ledger.putaway(work, task.part(), into, task.quantity(), task.lot(),
                    receipt.id().value());
            Receipt next = receipt.with(task.confirmed(into, clock.instant(), command.clerk(), mv.id()));
            work.repository(RECEIPTS).save(next, found.version());
            work.publish(new PartsEvent.PutawayConfirmed(meta(Actor.staff(command.clerk()), receipt.id().value()),
                    receipt.id(), task.task(), task.part(), into, task.quantity(), mv.id()));
            return next;
        });
    }

    /**
     * @param number a receipt number
     * @return the receipt
     * @throws NotFoundException when unknown
     */
    public Receipt receipt(DocumentNumber number) {
        return storage.repository(RECEIPTS).get(number).value();
    }

    /**
     * The card of a bin (P5): every movement in or out, with the balance after each.
     *
     * @param bin the bin
     * @return the card, empty for a bin never used
     */
    public BinCard binCard(BinCode bin) {
        Objects.requireNonNull(bin, "bin");
        Map<PartNumber, Long> balance = new HashMap<>();
        List<BinCard.Entry> entries = new ArrayList<>();
        for (Versioned<StockMovement> v : storage.repository(Ledger.MOVEMENTS).findBy(Ledger.BY_BIN, bin.value())) {
            StockMovement m = v.value();
            long after = balance.merge(m.part(), m.quantity(), Long::sum);
            entries.add(new BinCard.Entry(m.id(), m.at(), m.kind(), m.part(), m.quantity(), after, m.document()));
        }
        return new BinCard(bin, entries);
    }

    // ------------------------------------------------------------------ ledger (P6, P12)

    /**
     * @param part a part
     * @return its stock now (an empty item for a part never stocked)
     */
    public StockItem stock(PartNumber part) {
        Objects.requireNonNull(part, "part");
        return storage.repository(Ledger.ITEMS).find(part).map(Versioned::value).orElseGet(() -> StockItem.empty(part));
    }

    /**
     * Every movement of a part, oldest first: the ledger, never edited.
     *
     * @param part the part
     * @return the movements
     */
    public List<StockMovement> movements(PartNumber part) {
        return storage.repository(Ledger.MOVEMENTS).findBy(Ledger.BY_PART, part).stream().map(Versioned::value)
                .toList();
    }

    /**
     * Available to promise by a day (P12): on hand - expired on that day - blocked - reserved,
     * plus what is due in by then.
     *
     * @param part the part
     * @param by the day
     * @return the pieces
     */
    public long availableToPromise(PartNumber part, LocalDate by) {
        return stock(part).availableBy(Objects.requireNonNull(by, "by"));
    }

    /**
     * Reserves parts for a document (P6, P12), line by line in full or not at all; a
     * reservation never takes what another document holds.
     *
     * @param command the command
     * @return what was reserved and what was short, with dates
     */
    public Reservation reserve(LedgerCommands.Reserve command) {
        validator.check(command);
        return inUnit(work -> {
            Reservation r = supply.reserve(work, command.document(), command.lines(), command.needed());
            work.publish(new PartsEvent.Reserved(meta(SYSTEM, command.document().number()),
                    Ledger.documentText(command.document()), r.reserved(),
                    r.shortLines().stream().map(s -> s.line().part()).toList()));
            return r;
        });
    }

    /**
     * Lets go of everything a document holds.
     *
     * @param command the command
     * @return the lines released
     */
    public List<PartLine> release(LedgerCommands.Release command) {
        validator.check(command);
        return inUnit(work -> {
            List<PartLine> released = supply.release(work, command.document());
            work.publish(new PartsEvent.Released(meta(SYSTEM, command.document().number()),
                    Ledger.documentText(command.document()), released));
            return released;
        });
    }

    /**
     * Issues parts to a document (P6): from what it holds, then free stock, earliest expiry
     * first; expired stock is refused.
     *
     * @param command the command
     * @return the movements recorded
     * @throws BusinessRuleException when a line cannot be issued in full (rule
     *     {@code stock.expired}, {@code stock.onDock}, {@code stock.reservedByOthers} or
     *     {@code stock.insufficient}); nothing is issued then
     */
    public List<StockMovement> issue(LedgerCommands.Issue command) {
        validator.check(command);
        return inUnit(work -> {
            List<StockMovement> out = new ArrayList<>();
            WarehouseSupply.merged(command.lines()).forEach((part, q) ->
                    out.addAll(ledger.issue(work, command.document(), part, q)));
            work.publish(new PartsEvent.StockIssued(meta(SYSTEM, command.document().number()),
                    Ledger.documentText(command.document()), command.lines()));
            return out;
        });
    }

    /**
     * Takes back parts issued to a document, into the lots they left.
     *
     * @param command the command
     * @return the movements recorded
     */
    public List<StockMovement> giveBack(LedgerCommands.GiveBack command) {
        validator.check(command);
        return inUnit(work -> {
            List<StockMovement> out = new ArrayList<>();
            WarehouseSupply.merged(command.lines()).forEach((part, q) ->
                    out.addAll(ledger.giveBack(work, command.document(), part, q)));
            work.publish(new PartsEvent.StockReturned(meta(SYSTEM, command.document().number()),
                    Ledger.documentText(command.document()), command.lines()));
            return out;
        });
    }

    /**
     * Undoes a movement with its exact opposite (P6): the original stays as it was; a movement
     * is reversed at most once, and a reversal never makes stock negative. Issues and returns
     * are undone by issuing or giving back again, so that what a document was given stays true.
     *
     * @param command the command
     * @return the reversing movement
     */
    public StockMovement reverse(LedgerCommands.Reverse command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        v.throwIfPresent();
        return inUnit(work -> {
            var repo = work.repository(Ledger.MOVEMENTS);
            StockMovement original = repo.get(command.movement()).value();
            if (original.kind() == MovementKind.REVERSAL || !repo.findBy(Ledger.BY_REVERSED, original.id()).isEmpty()) {
                throw OperationsMessages.refusal("movement.reversed", original, original.id());
            }
            if (original.kind() == MovementKind.ISSUE_TO_REPAIR_ORDER || original.kind() == MovementKind.COUNTER_SALE
                    || original.kind() == MovementKind.RETURN) {
                throw OperationsMessages.refusal("movement.useDocument", original, original.id(), original.kind());
            }
            Lot dates = original.produced() == null && original.expires() == null ? null
                    : new Lot(null, 1, original.produced(), original.expires());
            Versioned<StockItem> before = ledger.load(work, original.part());
            StockItem after = before.value().add(original.bin(), -original.quantity(),
                    dates == null ? null : dates.produced(), dates == null ? null : dates.expires());
            if (original.kind() == MovementKind.PUTAWAY) {
                after = after.add(null, original.quantity(), dates == null ? null : dates.produced(),
                        dates == null ? null : dates.expires());
            }
            ledger.save(work, before, after);
            StockMovement reversal = ledger.record(work, original.part(), MovementKind.REVERSAL, original.bin(),
                    -original.quantity(), dates, command.reason().strip(), original.id());
            work.publish(new PartsEvent.MovementReversed(meta(Actor.staff(command.clerk()), original.document()),
                    original.id(), reversal.id()));
            return reversal;
        });
    }

    /**
     * Records a cycle count of one bin (P6): a difference becomes a count adjustment (a
     * shortfall taken from the lots that expire last), and the count feeds the stock-accuracy
     * figure. When pieces are missing that documents held, their holds are cut, latest first,
     * and named in the {@link PartsEvent.StockCounted} event.
     *
     * @param command the command
     * @return the adjustment, or null when the count matched
     */
    public StockMovement count(LedgerCommands.Count command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        v.throwIfPresent();
        return inUnit(work -> {
            Versioned<StockItem> before = ledger.load(work, command.part());
            StockItem item = before.value();
            long expected = item.inBin(command.bin());
            long diff = command.counted() - expected;
            StockMovement adjustment = null;
            StockItem after = item.counted(diff == 0);
            if (diff > 0) {
                after = after.add(command.bin(), diff, null, null);
            }
            List<Lot> shrink = new ArrayList<>();
            if (diff < 0) {
                long left = -diff;
                List<Lot> inBin = item.lots().stream().filter(l -> command.bin().equals(l.bin()))
                        .sorted(StockItem.FIRST_TO_EXPIRE.reversed()).toList();
                for (Lot l : inBin) {
                    long take = Math.min(left, l.quantity());
                    if (take == 0) {
                        break;
                    }
                    after = after.add(command.bin(), -take, l.produced(), l.expires());
                    shrink.add(l.withQuantity(take));
                    left -= take;
                }
            }
            StockItem.Cut cut = after.cutHoldsToStock();
            after = cut.item();
            ledger.save(work, before, after);
            String doc = "count:" + command.bin().value();
            if (diff > 0) {
                adjustment = ledger.record(work, command.part(), MovementKind.COUNT_ADJUSTMENT, command.bin(), diff,
                        null, doc, null);
            }
            for (Lot l : shrink) {
                adjustment = ledger.record(work, command.part(), MovementKind.COUNT_ADJUSTMENT, command.bin(),
                        -l.quantity(), l, doc, null);
            }
            work.publish(new PartsEvent.StockCounted(meta(Actor.staff(command.clerk()), doc), command.part(),
                    command.bin(), expected, command.counted(), cut.holds()));
            return adjustment;
        });
    }

    /**
     * Blocks pieces on hand from being promised or issued, or unblocks them (P12: available to
     * promise leaves blocked stock out). Holds already taken stay; if blocking leaves less usable
     * than is held, the documents holding it will find the shortfall at issue.
     *
     * @param command the command
     * @return the stock item
     */
    public StockItem block(LedgerCommands.Block command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        if (command.quantity() == 0) {
            v.add("quantity", "block.zero");
        }
        v.throwIfPresent();
        return inUnit(work -> {
            Versioned<StockItem> before = ledger.load(work, command.part());
            StockItem after = before.value().block(command.quantity());
            ledger.save(work, before, after);
            work.publish(new PartsEvent.StockBlocked(meta(Actor.staff(command.clerk()), command.part().value()),
                    command.part(), command.quantity(), after.blocked(), command.reason().strip()));
            return after;
        });
    }

    /**
     * The stock-accuracy figure (P6, seed 000 "accuracy of stock information"): of all cycle
     * counts made, the share that found exactly what the ledger said, 0 to 1; 1 when none were made.
     *
     * @return the share
     */
    public double stockAccuracy() {
        long done = 0;
        long exact = 0;
        for (Versioned<StockItem> v : storage.repository(Ledger.ITEMS).findBy(Ledger.STOCKED, "yes")) {
            done += v.value().countsDone();
            exact += v.value().countsExact();
        }
        return done == 0 ? 1.0 : (double) exact / done;
    }

    /**
     * Records goods due in (P12): from that day they count in available to promise.
     *
     * @param command the command
     * @return the stock item
     */
    public StockItem expect(LedgerCommands.ExpectGoods command) {
        validator.check(command);
        return inUnit(work -> expect(work, command.part(), command.reference().strip(), command.date(),
                command.quantity()));
    }

    StockItem expect(UnitOfWork work, PartNumber part, String reference, LocalDate date, long quantity) {
        Versioned<StockItem> before = ledger.load(work, part);
        StockItem after = before.value().withDueIn(new DueIn(reference, date, quantity));
        ledger.save(work, before, after);
        work.publish(new PartsEvent.DueInRecorded(meta(SYSTEM, reference), part, reference, date, quantity));
        return after;
    }

    // ------------------------------------------------------------------ replenishment (P7)

    /**
     * A part's daily demand from the ledger (P7): pieces issued to repair orders and sold over
     * the counter, less returns, per day in the clock's zone, oldest first, ending today.
     *
     * @param part the part
     * @param days how many days, at least 1
     * @return one figure per day
     */
    public List<Long> demandHistory(PartNumber part, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a demand history needs at least one day, not " + days);
        }
        LocalDate today = ledger.today();
        LocalDate first = today.minusDays(days - 1L);
        long[] perDay = new long[days];
        for (StockMovement m : movements(part)) {
            LocalDate day = m.at().atZone(clock.getZone()).toLocalDate();
            if (day.isBefore(first) || day.isAfter(today)) {
                continue;
            }
            int at = (int) java.time.temporal.ChronoUnit.DAYS.between(first, day);
            if (m.kind() == MovementKind.ISSUE_TO_REPAIR_ORDER || m.kind() == MovementKind.COUNTER_SALE) {
                perDay[at] -= m.quantity();
            } else if (m.kind() == MovementKind.RETURN) {
                perDay[at] -= m.quantity();
            }
        }
        List<Long> out = new ArrayList<>(days);
        for (long x : perDay) {
            out.add(Math.max(0, x));
        }
        return out;
    }

    /**
     * A suggested purchase order to the maker (P7): for each part with its lead time, the
     * figures of {@link Replenishment} from the ledger's demand history and the part's position,
     * a line where the position has reached the reorder point; A parts first.
     *
     * @param supplier the maker or supplier
     * @param leadTimes the parts to consider, each with its lead time in days
     * @param historyDays how many days of history to use, such as 90
     * @param policy the policy ({@link ReplenishmentPolicy#defaults()} is ours)
     * @return the suggestion, possibly without lines
     */
    public PurchaseSuggestion suggestPurchaseOrder(org.aftersales.core.id.SupplierId supplier,
            Map<PartNumber, Integer> leadTimes, int historyDays, ReplenishmentPolicy policy) {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(policy, "policy");
        LocalDate today = ledger.today();
        Map<PartNumber, Replenishment.Figures> figures = new java.util.TreeMap<>();
        Map<PartNumber, Long> demand = new HashMap<>();
        Map<PartNumber, org.aftersales.core.value.Money> prices = new HashMap<>();
        leadTimes.forEach((part, lead) -> {
            StockItem item = stock(part);
            long position = item.free(today) + item.dueIn().stream().mapToLong(DueIn::quantity).sum();
            Replenishment.Figures f = Replenishment.figures(part, demandHistory(part, historyDays), lead, position,
                    policy);
            figures.put(part, f);
            demand.put(part, f.demand());
            Part p = parts().getOrNull(part);
            if (p != null && p.consumerInfo() != null && p.consumerInfo().price() != null) {
                prices.put(part, p.consumerInfo().price());
            }
        });
        Map<PartNumber, Replenishment.AbcClass> abc = Replenishment.abc(demand, prices, policy);
        List<PurchaseSuggestion.Line> lines = new ArrayList<>();
        figures.forEach((part, f) -> {
            if (f.suggested() > 0) {
                lines.add(new PurchaseSuggestion.Line(part, f.suggested(), abc.get(part), f));
            }
        });
        lines.sort(java.util.Comparator.comparing(PurchaseSuggestion.Line::abc));
        return new PurchaseSuggestion(supplier, today, lines);
    }

    /**
     * The refills secondary dealers and service stations are due (P7): every report at or below
     * its refill level, with the quantity up to its refill-to level and whether this warehouse's
     * free stock covers it today.
     *
     * @param reports what the dealers reported
     * @return the refills due, in the order reported
     */
    public List<DealerStock.Refill> dealerRefills(List<DealerStock> reports) {
        LocalDate today = ledger.today();
        Map<PartNumber, Long> free = new HashMap<>();
        List<DealerStock.Refill> out = new ArrayList<>();
        for (DealerStock r : reports) {
            if (r.onHand() > r.refillAt()) {
                continue;
            }
            long quantity = r.refillTo() - r.onHand();
            long left = free.computeIfAbsent(r.part(), p -> stock(p).free(today));
            boolean covered = quantity > 0 && left >= quantity;
            if (covered) {
                free.put(r.part(), left - quantity);
            }
            out.add(new DealerStock.Refill(r, quantity, covered));
        }
        return out;
    }

    // ------------------------------------------------------------------ shortage (P8)

    /**
     * Everything to answer a customer at once when a part is short (P8): free stock, the first
     * day goods already due in cover it, the transfer sources' offers and the alternatives.
     *
     * @param part the part
     * @param quantity the pieces wanted
     * @param needed the day they are needed
     * @return the answer
     * @throws org.aftersales.core.error.PluginFailureException when a transfer source fails
     */
    public ShortageAnswer shortage(PartNumber part, long quantity, LocalDate needed) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(needed, "needed");
        if (quantity < 1) {
            throw new IllegalArgumentException("a shortage is at least one piece, not " + quantity);
        }
        return shortages.answer(part, quantity, needed);
    }

    /**
     * The alternatives to a part (P8, P11): genuine first with the reason, then by quality tier
     * and price; the first genuine one with free stock is recommended.
     *
     * @param part the part asked for
     * @return the part itself and its alternatives, ranked; empty for an unknown part
     */
    public List<Alternative> alternatives(PartNumber part) {
        return shortages.alternatives(Objects.requireNonNull(part, "part"));
    }

    /**
     * Raises a transfer (调件, P8) from the best source that covers the quantity: stored, the
     * goods counted as due in on the arrival day, and the customer's date given at once.
     *
     * @param command the command
     * @return the transfer, with the promised date
     * @throws BusinessRuleException when no source covers it ({@code transfer.noSource})
     * @throws org.aftersales.core.error.PluginFailureException when a source fails; nothing is stored
     */
    public TransferOrder raiseTransfer(ShortageCommands.RaiseTransfer command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        knownPart(command.part(), "part", v);
        if (command.tellCustomer() != null && notifications == null) {
            v.add("tellCustomer", "notify.unavailable");
        }
        v.throwIfPresent();
        return inUnit(work -> shortages.raise(work, command));
    }

    /**
     * Records a sale lost for want of a part (P8).
     *
     * @param command the command
     * @return the record
     */
    public LostSale recordLostSale(ShortageCommands.RecordLostSale command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        knownPart(command.part(), "part", v);
        v.throwIfPresent();
        return inUnit(work -> shortages.lost(work, command));
    }

    /**
     * @param part a part
     * @return the sales lost for want of it, oldest first
     */
    public List<LostSale> lostSales(PartNumber part) {
        return storage.repository(Shortages.LOST_SALES).findBy(Shortages.LOST_BY_PART, part).stream()
                .map(Versioned::value).toList();
    }

    /**
     * Receives a repair shop's parts request (P8) and sets its 5-minute deadline, owned by the clerk.
     *
     * @param command the command
     * @return the request
     */
    public PartsRequest requestParts(ShortageCommands.RequestParts command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        v.throwIfPresent();
        return inUnit(work -> shortages.request(work, command));
    }

    /**
     * Answers a parts request: reserves what can be reserved for its repair order and meets its deadline.
     *
     * @param command the command
     * @return the answered request
     */
    public PartsRequest answerPartsRequest(ShortageCommands.AnswerPartsRequest command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        v.throwIfPresent();
        return inUnit(work -> shortages.answer(work, command));
    }

    // ------------------------------------------------------------------ outbound check (P9)

    /**
     * Checks picked goods against their delivery note (P9): part and quantity, fit to the
     * customer's vehicle, quality, packaging. When it passed and the goods go to a customer within
     * {@link PartsStandards#DELIVERY_RADIUS_KM}, the delivery promise is set as a deadline owned
     * by the driver. A note that failed may be checked again after the goods are put right; one
     * that passed may not.
     *
     * @param command the command
     * @return the check
     */
    public OutboundCheck checkOutbound(OutboundCommands.Check command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.checker(), "checker", v);
        if (command.homeDelivery() != null) {
            knownStaff(command.homeDelivery().driver(), "homeDelivery.driver", v);
        }
        v.throwIfPresent();
        return inUnit(work -> outbound.check(work, command));
    }

    /**
     * Records that checked goods were handed over; meets the delivery promise.
     *
     * @param command the command
     * @return the check, delivered
     */
    public OutboundCheck delivered(OutboundCommands.Delivered command) {
        validator.check(command);
        return inUnit(work -> outbound.delivered(work, command));
    }

    // ------------------------------------------------------------------ customer accounts (P10)

    /**
     * Opens a customer account (P10).
     *
     * @param command the command
     * @return the account, with a zero balance
     * @throws BusinessRuleException when the customer has one already
     */
    public CustomerAccount openAccount(AccountCommands.Open command) {
        validator.check(command);
        return inUnit(work -> accounts.open(work, command));
    }

    /**
     * Pays money into an account: a deposit ahead, or a collected settlement.
     *
     * @param command the command
     * @return the account
     */
    public CustomerAccount payIn(AccountCommands.PayIn command) {
        validator.check(command);
        return inUnit(work -> accounts.payIn(work, command));
    }

    /**
     * Draws on an account; never below zero or the agreed credit limit, whatever the
     * concurrency: a draw that would go below is refused ({@code account.insufficient}).
     *
     * @param command the command
     * @return the account
     */
    public CustomerAccount draw(AccountCommands.Draw command) {
        validator.check(command);
        return inUnit(work -> accounts.draw(work, command.customer(), command.amount(), command.document().strip()));
    }

    /**
     * @param customer a customer
     * @return the account
     * @throws NotFoundException when the customer has none
     */
    public CustomerAccount account(org.aftersales.core.id.CustomerId customer) {
        return storage.repository(Accounts.ACCOUNTS).get(customer).value();
    }

    /**
     * The statement of an account for a period (P10), days counted in the clock's zone.
     *
     * @param customer the customer
     * @param from the first day
     * @param to the last day
     * @return the statement
     */
    public Statement statement(org.aftersales.core.id.CustomerId customer, LocalDate from, LocalDate to) {
        return Accounts.statement(account(customer), from, to, clock.getZone());
    }

    // ------------------------------------------------------------------ counter (P11)

    /**
     * A counter quote (P11): prices, the product information the law requires, what is free
     * today, competitors' prices, and the genuine part recommended with the reason when an
     * aftermarket one is asked for. Stores nothing.
     *
     * @param command the command
     * @return the quote
     */
    public CounterQuote quote(CounterCommands.Quote command) {
        validator.check(command);
        return counter.quote(command);
    }

    /**
     * A counter sale (P11): the parts issued earliest expiry first (expired stock refused), the
     * customer's account drawn when asked (never below its limit), and the sale document made at
     * once with the lot dates of perishable goods. All in one unit of work: a refused draw sells nothing.
     *
     * @param command the command
     * @return the sale document
     */
    public SaleDocument sell(CounterCommands.Sell command) {
        validator.check(command);
        Violations v = OperationsMessages.violations();
        knownStaff(command.clerk(), "clerk", v);
        Counter.checkAccount(command.customer(), command.onAccount(), v);
        v.throwIfPresent();
        counter.checkPriced(command.lines());
        return inUnit(work -> counter.sell(work, command));
    }

    /**
     * @param number a sale number
     * @return the sale document, to print again
     */
    public SaleDocument sale(DocumentNumber number) {
        return storage.repository(Counter.SALES).get(number).value();
    }

    // ------------------------------------------------------------------ shared

    /** Runs a command as one unit of work, again from a fresh read when a concurrent save won. */
    <T> T inUnit(Function<UnitOfWork, T> work) {
        ConcurrentUpdateException last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                return storage.inUnitOfWork(work);
            } catch (ConcurrentUpdateException stale) {
                last = stale;
            }
        }
        throw last;
    }

    EventMetadata meta(Actor actor, String correlation) {
        return events.metadata(actor, CorrelationId.of(correlation));
    }

    void knownPart(PartNumber part, String path, Violations v) {
        if (part != null && parts().getOrNull(part) == null) {
            v.add(path, "part.unknown", part);
        }
    }

    WarehouseSupply supplyOf() {
        return supply;
    }

    void knownStaff(StaffId id, String path, Violations v) {
        if (id != null) {
            try {
                staff.member(id);
            } catch (NotFoundException unknown) {
                v.add(path, "staff.unknown", id);
            }
        }
    }

    /**
     * What lies where, for the placement engine: the bins of stock, the home bins of parts out of
     * stock (as one piece: a conservative stand-in, since a stock line is at least one piece), plus
     * open putaway.
     */
    private StockSnapshot snapshot(UnitOfWork work) {
        Map<String, StockLine> lines = new HashMap<>();
        for (Versioned<StockItem> v : work.repository(Ledger.ITEMS).findBy(Ledger.STOCKED, "yes")) {
            StockItem item = v.value();
            for (BinCode bin : item.bins()) {
                addLine(lines, bin, item.id(), item.inBin(bin));
            }
            if (item.home() != null && item.inBin(item.home()) == 0) {
                // out of stock, the home bin stays the part's: shown holding one piece, so the
                // one-part-one-bin rule sends the next delivery back to it
                addLine(lines, item.home(), item.id(), 1);
            }
        }
        for (Versioned<Receipt> r : work.repository(RECEIPTS).findBy(OPEN_PUTAWAY, "yes")) {
            for (PutawayTask t : r.value().openTasks()) {
                if (t.decidedBin() != null) {
                    addLine(lines, t.decidedBin(), t.part(), t.quantity());
                }
            }
        }
        return new StockSnapshot(new ArrayList<>(lines.values()));
    }

    private static void addLine(Map<String, StockLine> lines, BinCode bin, PartNumber part, long quantity) {
        lines.merge(bin.value() + "|" + part.value(), new StockLine(bin, part, quantity),
                (a, b) -> new StockLine(bin, part, a.quantity() + b.quantity()));
    }

    static Quantity pieces(long n) {
        return Quantity.pieces(n);
    }

    Clock clock() {
        return clock;
    }

    BusinessCalendar calendar() {
        return calendar;
    }

    Deadlines deadlines() {
        return deadlines;
    }

    Notifications notifications() {
        return notifications;
    }

    DepartmentId department() {
        return department;
    }

    Accounts accounts() {
        return accounts;
    }

    Ledger ledger() {
        return ledger;
    }

    PluginHost<TransferSource> transferSources() {
        return transferSources;
    }

    BoundaryValidator validator() {
        return validator;
    }

    Storage storage() {
        return storage;
    }

    /** Configures a {@link PartsWarehouse}. Not thread-safe; one per warehouse. */
    public static final class Builder {
        private Storage storage;
        private Clock clock;
        private BusinessCalendar calendar;
        private StaffDirectory staff;
        private Deadlines deadlines;
        private Notifications notifications;
        private PlacementEngine placement;
        private DepartmentId department = DepartmentId.of("parts");
        private int attempts = 10;
        private boolean discoverSources;
        private final PluginHost.Builder<TransferSource> transferSources =
                PluginHost.builder(TransferSource.class).discovery(false);

        private Builder() {
        }

        /**
         * @param value the storage everything is kept in
         * @return this builder
         */
        public Builder storage(Storage value) {
            this.storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /**
         * @param value the clock, in the dealership's zone: today's date (expiry, promises) is read from it
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the business calendar: dates given to customers fall on the parts
         *     department's working days
         * @return this builder
         */
        public Builder calendar(BusinessCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /**
         * @param value the staff directory clerks are checked against
         * @return this builder
         */
        public Builder staff(StaffDirectory value) {
            this.staff = Objects.requireNonNull(value, "staff");
            return this;
        }

        /**
         * @param value the deadlines service; it must know the standards {@link #ANSWER_PARTS_REQUEST}
         *     and {@link #HOME_DELIVERY} (see {@link PartsStandards})
         * @return this builder
         */
        public Builder deadlines(Deadlines value) {
            this.deadlines = Objects.requireNonNull(value, "deadlines");
            return this;
        }

        /**
         * @param value the notifications service, for the messages the warehouse queues (it must
         *     know {@link PartsStandards#templates()}); optional, without it no customer is told anything
         * @return this builder
         */
        public Builder notifications(Notifications value) {
            this.notifications = Objects.requireNonNull(value, "notifications");
            return this;
        }

        /**
         * @param value the placement engine, with the layout and part master of this warehouse
         * @return this builder
         */
        public Builder placement(PlacementEngine value) {
            this.placement = Objects.requireNonNull(value, "placement");
            return this;
        }

        /**
         * @param value the parts department in the calendar and staff directory; {@code parts} by default
         * @return this builder
         */
        public Builder department(DepartmentId value) {
            this.department = Objects.requireNonNull(value, "department");
            return this;
        }

        /**
         * @param value how often a command runs when concurrent saves keep winning; 10 by default
         * @return this builder
         */
        public Builder attempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("attempts must be at least 1, not " + value);
            }
            this.attempts = value;
            return this;
        }

        /**
         * Registers transfer sources (P8) by hand.
         *
         * @param sources the sources
         * @return this builder
         */
        public Builder transferSource(TransferSource... sources) {
            transferSources.register(sources);
            return this;
        }

        /**
         * Also registers the transfer sources found with {@link ServiceLoader}; off by default.
         *
         * @return this builder
         */
        public Builder discoverTransferSources() {
            this.discoverSources = true;
            return this;
        }

        /**
         * Builds the warehouse.
         *
         * @return the warehouse
         * @throws IllegalStateException when a required part is missing
         * @throws org.aftersales.core.error.PluginFailureException when a transfer source fails to load
         */
        public PartsWarehouse build() {
            List<String> missing = new ArrayList<>();
            if (storage == null) {
                missing.add("storage");
            }
            if (clock == null) {
                missing.add("clock");
            }
            if (calendar == null) {
                missing.add("calendar");
            }
            if (staff == null) {
                missing.add("staff");
            }
            if (deadlines == null) {
                missing.add("deadlines");
            }
            if (placement == null) {
                missing.add("placement");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("a parts warehouse needs " + String.join(", ", missing));
            }
            if (discoverSources) {
                transferSources.discoverWith(ServiceLoader.load(TransferSource.class));
            }
            return new PartsWarehouse(this);
        }
    }
}
