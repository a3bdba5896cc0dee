package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.store.Aggregate;
import org.aftersales.core.value.Money;

/**
 * The document of a counter sale, made at once (P11; seed 000: documents handled and printed
 * promptly): number, lines with the product information the law requires (with the lot dates
 * of perishable goods actually sold), total, and how it was paid. Kept, so it can be printed again.
 *
 * @param id the sale number, such as {@code CS-2026-000001}
 * @param at when
 * @param customer the customer, or null for a walk-in
 * @param clerk who sold
 * @param lines the lines
 * @param total the total
 * @param onAccount whether the customer's account was drawn
 * @param balanceAfter the account balance after the sale, or null when not on account
 */
public record SaleDocument(DocumentNumber id, Instant at, CustomerId customer, StaffId clerk, List<Line> lines,
        Money total, boolean onAccount, Money balanceAfter) implements Aggregate<DocumentNumber> {

    /** Copies the list. */
    public SaleDocument {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
    }

    /**
     * One sold part.
     *
     * @param info the product information, with the lot dates sold
     * @param quantity the pieces
     * @param lineTotal quantity times unit price
     */
    public record Line(ProductInformation info, long quantity, Money lineTotal) {
    }
}
