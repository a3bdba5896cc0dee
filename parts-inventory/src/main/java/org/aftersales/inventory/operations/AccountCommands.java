package org.aftersales.inventory.operations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.value.Money;

/** The commands of customer accounts (P10), each one unit of work of {@link PartsWarehouse}. */
public final class AccountCommands {

    private AccountCommands() {
    }

    /**
     * Open an account.
     *
     * @param customer the customer
     * @param name the name printed on statements
     * @param kind the kind of holder
     * @param creditLimit how far below zero it may go; zero for prepaid only
     * @param collectedSettlement whether it is settled at intervals from collected documents
     */
    public record Open(@NotNull CustomerId customer, @NotBlank String name, @NotNull CustomerAccount.Kind kind,
            @NotNull Money creditLimit, boolean collectedSettlement) {
    }

    /**
     * Pay money in: a deposit ahead, or a collected settlement.
     *
     * @param customer the customer
     * @param amount the amount, more than zero
     * @param reference the receipt or bank reference
     * @param settlement true for a collected settlement
     */
    public record PayIn(@NotNull CustomerId customer, @NotNull Money amount, @NotBlank String reference,
            boolean settlement) {
    }

    /**
     * Draw on the account for parts.
     *
     * @param customer the customer
     * @param amount the amount, more than zero
     * @param document the sale or issue it pays for
     */
    public record Draw(@NotNull CustomerId customer, @NotNull Money amount, @NotBlank String document) {
    }
}
