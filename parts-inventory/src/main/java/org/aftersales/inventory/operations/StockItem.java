package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.id.BinCode;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.supply.SupplyDocument;

/**
 * The stock of one part (P6, P12): its lots per bin and on the dock, the holds documents have
 * on it, what was issued to each document, what is blocked, and what is due in. An immutable
 * snapshot: every change returns a new one, saved with the version it was read at, so two
 * writers that read the same version cannot both win (the storage refuses the second save).
 *
 * <p>Available to promise on a date = on hand - expired on that date - blocked - reserved,
 * never below zero, plus what is due in by that date. The invariants every change keeps: no
 * lot below one piece, reserved never above what is usable, nothing issued that is reserved
 * by another document or expired.
 *
 * @param id the part number
 * @param lots the lots, in bins or on the dock
 * @param holds what each document holds
 * @param issued what was issued to each document and from which lot
 * @param blocked pieces on hand that may not be promised (damaged, in dispute)
 * @param dueIn what is expected to arrive
 * @param countsDone how many cycle counts were made of this part
 * @param countsExact how many of them found exactly what the ledger said
 * @param home the part's home bin (one part number, one bin): where its first putaway went; kept
 *     while the part is out of stock, so the next delivery goes back to it; null before the first
 */
public record StockItem(PartNumber id, List<Lot> lots, List<Hold> holds, List<Issued> issued, long blocked,
        List<DueIn> dueIn, int countsDone, int countsExact, BinCode home) implements RefusalDetail, Aggregate<PartNumber> {

    /** Earliest expiry first, lots without expiry last, then by bin. */
    static final Comparator<Lot> FIRST_TO_EXPIRE = Comparator
            .comparing(Lot::expires, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(l -> l.bin() == null ? "" : l.bin().value());

    /** Copies the lists and checks the counts. */
    public StockItem {
        Objects.requireNonNull(id, "id");
        lots = List.copyOf(lots);
        holds = List.copyOf(holds);
        issued = List.copyOf(issued);
        dueIn = List.copyOf(dueIn);
        if (blocked < 0) {
            throw new IllegalArgumentException("blocked stock is never negative: " + blocked);
        }
    }

    /**
     * A part with no stock yet.
     *
     * @param part the part number
     * @return the empty item
     */
    public static StockItem empty(PartNumber part) {
        return new StockItem(part, List.of(), List.of(), List.of(), 0, List.of(), 0, 0, null);
    }

    /** @return every piece on hand, in bins and on the dock */
    public long onHand() {
        return lots.stream().mapToLong(Lot::quantity).sum();
    }

    /**
     * @param bin a bin
     * @return the pieces in that bin
     */
    public long inBin(BinCode bin) {
        return lots.stream().filter(l -> bin.equals(l.bin())).mapToLong(Lot::quantity).sum();
    }

    /** @return the bins that hold this part, in code order */
    public List<BinCode> bins() {
        return lots.stream().map(Lot::bin).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** @return the pieces reserved by every document together */
    public long reserved() {
        return holds.stream().mapToLong(Hold::quantity).sum();
    }

    /**
     * @param document a document
     * @return the pieces it holds
     */
    public long heldBy(SupplyDocument document) {
        return holds.stream().filter(h -> h.document().equals(document)).mapToLong(Hold::quantity).sum();
    }

    /**
     * @param document a document
     * @return the pieces issued to it and not returned
     */
    public long issuedTo(SupplyDocument document) {
        return issued.stream().filter(i -> i.document().equals(document)).mapToLong(i -> i.lot().quantity()).sum();
    }

    /**
     * @param day a day
     * @return the pieces whose lots are expired on that day
     */
    public long expiredOn(LocalDate day) {
        return lots.stream().filter(l -> l.expiredOn(day)).mapToLong(Lot::quantity).sum();
    }

    /**
     * What may be promised to a new document on a day from stock on hand.
     *
     * @param day the day
     * @return on hand - expired - blocked - reserved, at least 0
     */
    public long free(LocalDate day) {
        return Math.max(0, onHand() - expiredOn(day) - blocked - reserved());
    }

    /**
     * @param by a day
     * @return the pieces due in on or before it
     */
    public long dueBy(LocalDate by) {
        return dueIn.stream().filter(d -> !d.date().isAfter(by)).mapToLong(DueIn::quantity).sum();
    }

    /**
     * Available to promise by a day (P12): free stock on that day (lots that expire before it
     * do not count) plus what is due in by then.
     *
     * @param by the day
     * @return the pieces that can be promised by then
     */
    public long availableBy(LocalDate by) {
        return free(by) + dueBy(by);
    }

    /**
     * The first day from which a quantity can be had, counting due-in goods, or null when the
     * goods due in do not cover it.
     *
     * @param today today
     * @param quantity how many pieces
     * @return the day, or null
     */
    public LocalDate earliestDate(LocalDate today, long quantity) {
        if (free(today) >= quantity) {
            return today;
        }
        return dueIn.stream().map(DueIn::date).filter(d -> !d.isBefore(today)).sorted().distinct()
                .filter(d -> availableBy(d) >= quantity).findFirst().orElse(null);
    }

    /**
     * Holds more pieces for a document; refused when they are not free today.
     *
     * @param document the document
     * @param quantity how many more
     * @param today today
     * @return the new snapshot, or null when not enough is free
     */
    StockItem reserve(SupplyDocument document, long quantity, LocalDate today) {
        if (quantity > free(today)) {
            return null;
        }
        List<Hold> next = new ArrayList<>();
        long before = heldBy(document);
        holds.stream().filter(h -> !h.document().equals(document)).forEach(next::add);
        next.add(new Hold(document, before + quantity));
        return new StockItem(id, lots, next, issued, blocked, dueIn, countsDone, countsExact, home);
    }

    /**
     * Drops what a document holds.
     *
     * @param document the document
     * @return the new snapshot
     */
    StockItem release(SupplyDocument document) {
        return new StockItem(id, lots, holds.stream().filter(h -> !h.document().equals(document)).toList(), issued,
                blocked, dueIn, countsDone, countsExact, home);
    }

    /**
     * Takes pieces for a document from the bins, earliest expiry first (P6): first from what the
     * document holds, then from free stock; expired lots and the dock are never touched.
     *
     * @param document the document
     * @param quantity how many pieces
     * @param today today
     * @return the new snapshot and the lots taken
     * @throws org.aftersales.core.error.BusinessRuleException when the pieces cannot be issued;
     *     the rule says why (expired, on the dock, reserved by others, or simply not there)
     */
    Taken issue(SupplyDocument document, long quantity, LocalDate today) {
        long held = heldBy(document);
        long othersHold = reserved() - held;
        List<Lot> usable = lots.stream().filter(l -> !l.onDock() && !l.expiredOn(today)).sorted(FIRST_TO_EXPIRE)
                .toList();
        long usableInBins = usable.stream().mapToLong(Lot::quantity).sum() - blocked;
        long allowed = Math.min(usableInBins - othersHold, usableInBins);
        if (quantity > allowed) {
            long expired = expiredOn(today);
            long onDock = lots.stream().filter(Lot::onDock).mapToLong(Lot::quantity).sum();
            if (expired > 0 && quantity <= allowed + expired) {
                throw OperationsMessages.refusal("stock.expired", this, id, quantity, expired, Math.max(0, allowed));
            }
            if (onDock > 0 && quantity <= allowed + onDock) {
                throw OperationsMessages.refusal("stock.onDock", this, id, quantity, onDock, Math.max(0, allowed));
            }
            if (othersHold > 0 && quantity <= usableInBins) {
                throw OperationsMessages.refusal("stock.reservedByOthers", this, id, quantity, othersHold,
                        Math.max(0, allowed));
            }
            throw OperationsMessages.refusal("stock.insufficient", this, id, quantity, Math.max(0, allowed));
        }
        List<Lot> remaining = new ArrayList<>(lots);
        List<Lot> taken = new ArrayList<>();
        long left = quantity;
        for (Lot lot : usable) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, lot.quantity());
            taken.add(lot.withQuantity(take));
            left -= take;
            int at = remaining.indexOf(lot);
            if (take == lot.quantity()) {
                remaining.remove(at);
            } else {
                remaining.set(at, lot.withQuantity(lot.quantity() - take));
            }
        }
        List<Hold> nextHolds = new ArrayList<>();
        for (Hold h : holds) {
            if (!h.document().equals(document)) {
                nextHolds.add(h);
            } else if (h.quantity() > quantity) {
                nextHolds.add(new Hold(document, h.quantity() - quantity));
            }
        }
        List<Issued> nextIssued = new ArrayList<>(issued);
        taken.forEach(l -> nextIssued.add(new Issued(document, l)));
        return new Taken(new StockItem(id, remaining, nextHolds, nextIssued, blocked, dueIn, countsDone, countsExact, home),
                taken);
    }

    /**
     * Puts back pieces issued to a document into the lots they came from, latest issued first.
     *
     * @param document the document
     * @param quantity how many pieces
     * @return the new snapshot and the lots put back
     * @throws org.aftersales.core.error.BusinessRuleException when more comes back than was issued
     */
    Taken giveBack(SupplyDocument document, long quantity) {
        long out = issuedTo(document);
        if (quantity > out) {
            throw OperationsMessages.refusal("stock.returnMore", this, id, quantity, out, document.number());
        }
        List<Issued> nextIssued = new ArrayList<>(issued);
        List<Lot> back = new ArrayList<>();
        long left = quantity;
        for (int i = nextIssued.size() - 1; i >= 0 && left > 0; i--) {
            Issued is = nextIssued.get(i);
            if (!is.document().equals(document)) {
                continue;
            }
            long take = Math.min(left, is.lot().quantity());
            back.add(is.lot().withQuantity(take));
            left -= take;
            if (take == is.lot().quantity()) {
                nextIssued.remove(i);
            } else {
                nextIssued.set(i, new Issued(document, is.lot().withQuantity(is.lot().quantity() - take)));
            }
        }
        StockItem next = new StockItem(id, lots, holds, nextIssued, blocked, dueIn, countsDone, countsExact, home);
        for (Lot lot : back) {
            next = next.add(lot.bin(), lot.quantity(), lot.produced(), lot.expires());
        }
        return new Taken(next, back);
    }

    /**
     * Adds (or, with a negative delta, removes) pieces of one lot.
     *
     * @param bin the bin, or null for the dock
     * @param delta the change
     * @param produced the lot's production date
     * @param expires the lot's expiry date
     * @return the new snapshot
     * @throws org.aftersales.core.error.BusinessRuleException when the lot would go below zero
     */
    StockItem add(BinCode bin, long delta, LocalDate produced, LocalDate expires) {
        List<Lot> next = new ArrayList<>(lots);
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).sameLotAs(bin, produced, expires)) {
                at = i;
                break;
            }
        }
        long present = at < 0 ? 0 : next.get(at).quantity();
        long after = present + delta;
        if (after < 0) {
            throw OperationsMessages.refusal("stock.negative", this, id, bin == null ? "dock" : bin.value(), present,
                    -delta);
        }
        if (at >= 0 && after == 0) {
            next.remove(at);
        } else if (at >= 0) {
            next.set(at, next.get(at).withQuantity(after));
        } else if (after > 0) {
            next.add(new Lot(bin, after, produced, expires));
        }
        StockItem item = new StockItem(id, next, holds, issued, blocked, dueIn, countsDone, countsExact, home);
        if (delta < 0 && item.onHand() - item.blocked < 0) {
            throw OperationsMessages.refusal("stock.negative", this, id, bin == null ? "dock" : bin.value(), present,
                    -delta);
        }
        return item;
    }

    /**
     * Blocks or unblocks pieces on hand (damaged, in dispute): they stay on hand but are never
     * promised or issued.
     *
     * @param delta pieces to block (positive) or unblock (negative)
     * @return the new snapshot
     * @throws org.aftersales.core.error.BusinessRuleException when more would be blocked than is
     *     on hand, or more unblocked than is blocked
     */
    StockItem block(long delta) {
        long after = blocked + delta;
        if (after < 0 || after > onHand()) {
            throw OperationsMessages.refusal("stock.block", this, id, delta, blocked, onHand());
        }
        return new StockItem(id, lots, holds, issued, after, dueIn, countsDone, countsExact, home);
    }

    StockItem withHome(BinCode bin) {
        return home != null ? this
                : new StockItem(id, lots, holds, issued, blocked, dueIn, countsDone, countsExact, bin);
    }

    StockItem withDueIn(DueIn due) {
        List<DueIn> next = new ArrayList<>(dueIn);
        next.add(due);
        return new StockItem(id, lots, holds, issued, blocked, next, countsDone, countsExact, home);
    }

    StockItem withoutDueIn(String reference, long quantity) {
        List<DueIn> next = new ArrayList<>();
        long left = quantity;
        for (DueIn d : dueIn) {
            if (left > 0 && d.reference().equals(reference)) {
                long take = Math.min(left, d.quantity());
                left -= take;
                if (take < d.quantity()) {
                    next.add(new DueIn(d.reference(), d.date(), d.quantity() - take));
                }
            } else {
                next.add(d);
            }
        }
        return new StockItem(id, lots, holds, issued, blocked, next, countsDone, countsExact, home);
    }

    /**
     * Cuts holds, latest first, until what is held is no more than what is on hand and not
     * blocked: after a count finds pieces missing, a hold on pieces that are not there is broken,
     * and its document must hear of it rather than find out at issue.
     *
     * @return the new snapshot and the holds cut (with the pieces cut from each)
     */
    Cut cutHoldsToStock() {
        long over = reserved() - Math.max(0, onHand() - blocked);
        if (over <= 0) {
            return new Cut(this, List.of());
        }
        List<Hold> next = new ArrayList<>(holds);
        List<Hold> cut = new ArrayList<>();
        for (int i = next.size() - 1; i >= 0 && over > 0; i--) {
            Hold h = next.get(i);
            long take = Math.min(over, h.quantity());
            over -= take;
            cut.add(new Hold(h.document(), take));
            if (take == h.quantity()) {
                next.remove(i);
            } else {
                next.set(i, new Hold(h.document(), h.quantity() - take));
            }
        }
        return new Cut(new StockItem(id, lots, next, issued, blocked, dueIn, countsDone, countsExact, home), cut);
    }

    /**
     * Holds cut after a count.
     *
     * @param item the new snapshot
     * @param holds the pieces cut from each document's hold
     */
    record Cut(StockItem item, List<Hold> holds) {
    }

    StockItem counted(boolean exact) {
        return new StockItem(id, lots, holds, issued, blocked, dueIn, countsDone + 1, countsExact + (exact ? 1 : 0), home);
    }

    /**
     * The result of taking pieces out or putting them back.
     *
     * @param item the new snapshot
     * @param lots the lots moved
     */
    record Taken(StockItem item, List<Lot> lots) {
    }
}
