package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.id.CustomerId;
import org.aftersales.core.value.Money;
import org.aftersales.inventory.CompetitorPrice;

/**
 * A counter quote (P11): each part with what the customer has a right to know, what is free
 * today, competitors' prices where known, and the genuine part recommended with the reason when
 * an aftermarket one was asked for.
 *
 * @param customer the customer, or null
 * @param at when
 * @param lines the lines
 * @param total the total
 */
public record CounterQuote(CustomerId customer, Instant at, List<Line> lines, Money total) {

    /** Copies the list. */
    public CounterQuote {
        lines = List.copyOf(lines);
    }

    /**
     * One quoted part.
     *
     * @param info the product information
     * @param quantity the pieces
     * @param lineTotal quantity times unit price
     * @param available the pieces free today
     * @param competitors competitors' prices, where known
     * @param recommendation the genuine alternative recommended instead, or null when the part
     *     asked for is itself genuine or none is in stock
     */
    public record Line(ProductInformation info, long quantity, Money lineTotal, long available,
            List<CompetitorPrice> competitors, Alternative recommendation) {

        /** Copies the list. */
        public Line {
            competitors = List.copyOf(competitors);
        }
    }
}
