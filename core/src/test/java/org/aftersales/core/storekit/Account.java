package org.aftersales.core.storekit;

import java.time.LocalDate;
import java.util.Objects;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.store.AggregateType;
import org.aftersales.core.store.Index;

/**
 * The aggregate the kit stores: a customer's prepaid account with a tier (exact index) and,
 * while something is owed, a due date (sorted, partial index: settled accounts are not in it).
 *
 * @param id the customer
 * @param tier the membership tier, such as {@code gold}
 * @param balance the balance in fen
 * @param due when the amount owed is due, or null when nothing is owed
 */
public record Account(CustomerId id, String tier, long balance, LocalDate due) implements Aggregate<CustomerId> {

    /** Accounts by tier. */
    public static final Index<Account, String> BY_TIER = Index.exact("tier", Account::tier);

    /** Accounts that owe something, by due date. */
    public static final Index<Account, LocalDate> BY_DUE = Index.sorted("due", Account::due);

    /** The stored type, with both indexes. */
    public static final AggregateType<CustomerId, Account> TYPE =
            AggregateType.of("kit-account", CustomerId.class, Account.class).withIndex(BY_TIER).withIndex(BY_DUE);

    /** Checks the required parts. */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tier, "tier");
    }

    /**
     * A new account with nothing owed.
     *
     * @param id the customer id text
     * @param tier the tier
     * @return the account
     */
    public static Account open(String id, String tier) {
        return new Account(CustomerId.of(id), tier, 0, null);
    }

    /**
     * @param amount what to add to the balance
     * @return the account with the new balance
     */
    public Account plus(long amount) {
        return new Account(id, tier, balance + amount, due);
    }

    /**
     * @param newTier the new tier
     * @return the account in the new tier
     */
    public Account inTier(String newTier) {
        return new Account(id, newTier, balance, due);
    }

    /**
     * @param date when the amount owed is due, or null when settled
     * @return the account with the new due date
     */
    public Account dueOn(LocalDate date) {
        return new Account(id, tier, balance, date);
    }
}
