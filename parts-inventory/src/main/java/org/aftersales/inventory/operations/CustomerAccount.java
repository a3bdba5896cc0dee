package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.error.RefusalDetail;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.value.Money;

/**
 * A customer's parts account (P10): secondary dealers, service stations and key customers pay
 * money in ahead and draw parts against it, so nobody carries cash for every pick-up. The
 * balance never goes below zero, or below minus the credit limit agreed with the customer; a
 * draw that would is refused and changes nothing. Saved at the version read, so concurrent draws
 * cannot together pass the limit.
 *
 * @param id the customer
 * @param name the customer's name as printed on statements
 * @param kind what kind of customer
 * @param creditLimit how far below zero the balance may go; zero for a pure prepaid account
 * @param collectedSettlement true when one person collects the documents and settles the
 *     account at intervals (key customers such as a steel works' fleet)
 * @param balance the balance now
 * @param entries every entry, oldest first; never edited
 */
public record CustomerAccount(CustomerId id, String name, Kind kind, Money creditLimit, boolean collectedSettlement,
        Money balance, List<Entry> entries) implements RefusalDetail, Aggregate<CustomerId> {

    /** Kinds of account holder (seed 000). */
    public enum Kind {
        /** A secondary dealer (二级经销商), refilled in time from this warehouse. */
        SECONDARY_DEALER,
        /** A service station (服务分站). */
        SERVICE_STATION,
        /** A key customer with its own account. */
        KEY_CUSTOMER
    }

    /** Kinds of entry. */
    public enum EntryKind {
        /** Money paid in ahead. */
        DEPOSIT,
        /** Parts paid from the account. */
        DRAW,
        /** A draw given back (parts returned). */
        REFUND,
        /** A collected settlement paid in. */
        SETTLEMENT
    }

    /**
     * One line of the account.
     *
     * @param at when
     * @param kind what kind
     * @param amount the amount, positive
     * @param document the document it belongs to
     * @param balance the balance after it
     */
    public record Entry(Instant at, EntryKind kind, Money amount, String document, Money balance) {
    }

    /** Copies the list and checks the parts. */
    public CustomerAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(balance, "balance");
        entries = List.copyOf(entries);
    }

    /** @return the lowest the balance may go: minus the credit limit */
    public Money floor() {
        return Money.ZERO.minus(creditLimit);
    }

    /** @return what may still be drawn */
    public Money headroom() {
        return balance.minus(floor());
    }

    CustomerAccount post(Instant at, EntryKind entryKind, Money amount, String document) {
        Money after = entryKind == EntryKind.DRAW ? balance.minus(amount) : balance.plus(amount);
        if (after.compareTo(floor()) < 0) {
            throw OperationsMessages.refusal("account.insufficient", this, id, amount, balance, creditLimit,
                    headroom());
        }
        List<Entry> next = new ArrayList<>(entries);
        next.add(new Entry(at, entryKind, amount, document, after));
        return new CustomerAccount(id, name, kind, creditLimit, collectedSettlement, after, next);
    }
}
