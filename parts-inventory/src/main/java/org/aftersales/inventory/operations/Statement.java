package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.value.Money;

/**
 * An account statement for a period (P10): the balance at its start, every entry in it, the
 * balance at its end, and for a collected-settlement account what is to be settled.
 *
 * @param customer the customer
 * @param name the name printed
 * @param from the first day
 * @param to the last day
 * @param opening the balance before the first day
 * @param entries the entries of the period, oldest first
 * @param drawn the total drawn in the period
 * @param paidIn the total paid in in the period (deposits, settlements, refunds)
 * @param closing the balance after the last day
 * @param toSettle for a collected-settlement account, what brings the balance back to zero; else zero
 */
public record Statement(CustomerId customer, String name, LocalDate from, LocalDate to, Money opening,
        List<CustomerAccount.Entry> entries, Money drawn, Money paidIn, Money closing, Money toSettle) {

    /** Copies the list. */
    public Statement {
        entries = List.copyOf(entries);
    }
}
