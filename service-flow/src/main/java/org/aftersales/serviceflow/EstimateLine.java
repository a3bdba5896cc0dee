package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.value.Money;

/**
 * One line of an estimate (F5, F18): labour from an operation code with its flat-rate hours, or
 * a part or fluid with its quantity. A line keeps its {@link #key() key} across revisions: a
 * later revision that holds a line with the same key replaces it once approved (another price,
 * another part).
 *
 * @param key the line's key within the order, such as {@code L1}
 * @param kind labour, part or fluid
 * @param description what the line is, in the customer's language
 * @param operation the labour operation code; null for parts
 * @param part the part number; null for labour
 * @param quantity hours for labour (the flag hours), pieces or litres for parts and fluids
 * @param unitPrice the price of one hour, piece or litre, VAT excluded
 * @param payer who pays the line
 * @param request the index (from 0) of the customer's request the line serves, or -1
 */
public record EstimateLine(String key, Kind kind, String description, String operation, PartNumber part,
        BigDecimal quantity, Money unitPrice, Payer payer, int request) {

    /** What a line charges for. */
    public enum Kind {
        /** Labour, in flat-rate hours. */
        LABOUR,
        /** A part, in pieces. */
        PART,
        /** A fluid, in litres. */
        FLUID
    }

    /** Checks the parts that make a line chargeable. */
    public EstimateLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(payer, "payer");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    /**
     * The line's amount, VAT excluded: quantity times unit price, rounded half-up to the fen.
     * This is the first of the two rounding points (our default; see {@link Settlement}).
     *
     * @return the amount
     */
    public Money amount() {
        return Money.ofYuan(unitPrice.amount().multiply(quantity).setScale(2, RoundingMode.HALF_UP));
    }

    /** @return true for a part or fluid line, which the parts-supply port reserves and issues (not a bean property: JSON snapshots hold the components only) */
    public boolean needsPart() {
        return kind != Kind.LABOUR;
    }

    /**
     * The same line with another unit price.
     *
     * @param price the new price
     * @return the line
     */
    public EstimateLine withUnitPrice(Money price) {
        return new EstimateLine(key, kind, description, operation, part, quantity, price, payer, request);
    }
}
