package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.SupplierId;

/**
 * A suggested purchase order to the maker (P7; seed 000: the ledger is the basis for ordering
 * upstream): one line per part whose position has fallen to its reorder point, with the figures
 * that led to it. A suggestion: a person places the order, then records it as goods due in.
 *
 * @param supplier the maker or supplier
 * @param date the day it was worked out
 * @param lines the lines, A parts first
 */
public record PurchaseSuggestion(SupplierId supplier, LocalDate date, List<Line> lines) {

    /** Copies the list. */
    public PurchaseSuggestion {
        lines = List.copyOf(lines);
    }

    /**
     * One suggested line.
     *
     * @param part the part
     * @param quantity the pieces to order
     * @param abc its ABC class
     * @param figures the figures behind it
     */
    public record Line(PartNumber part, long quantity, Replenishment.AbcClass abc, Replenishment.Figures figures) {
    }
}
