package org.aftersales.core.value;

import java.math.BigDecimal;
import org.aftersales.core.error.Violations;

/**
 * A non-negative quantity of goods in a unit (C2): whole pieces or sets, or litres, metres and
 * kilograms with up to three decimals. Arithmetic never goes below zero: subtracting more
 * than there is is refused.
 *
 * @param amount the amount, exact
 * @param unit the unit
 */
public record Quantity(BigDecimal amount, Unit unit) implements Comparable<Quantity> {

    /** Units of measure for parts and fluids. */
    public enum Unit {
        /** Single pieces; whole numbers only. */
        PIECE(true),
        /** Sets or kits; whole numbers only. */
        SET(true),
        /** Litres of fluid. */
        LITRE(false),
        /** Metres of hose or cable. */
        METRE(false),
        /** Kilograms of bulk goods. */
        KILOGRAM(false);

        private final boolean whole;

        Unit(boolean whole) {
            this.whole = whole;
        }

        /** @return true when only whole numbers are allowed */
        public boolean whole() {
            return whole;
        }
    }

    /** Checks sign, unit and decimals. */
    public Quantity {
        Violations v = ValueMessages.violations();
        v.required("amount", amount);
        v.required("unit", unit);
        v.throwIfPresent();
        if (amount.signum() < 0) {
            v.add("amount", "quantity.negative", amount.toPlainString());
        }
        int scale = amount.stripTrailingZeros().scale();
        if (unit.whole() && scale > 0) {
            v.add("amount", "quantity.whole", amount.toPlainString(), unit);
        } else if (scale > 3) {
            v.add("amount", "quantity.scale", amount.toPlainString());
        }
        v.throwIfPresent();
    }

    /**
     * A number of pieces.
     *
     * @param count how many
     * @return the quantity
     */
    public static Quantity pieces(long count) {
        return new Quantity(BigDecimal.valueOf(count), Unit.PIECE);
    }

    /**
     * A quantity in a unit, from the amount as people type it: full-width digits and commas
     * grouping thousands are accepted (C15).
     *
     * @param amount the amount text
     * @param unit the unit
     * @return the quantity
     */
    public static Quantity of(String amount, Unit unit) {
        try {
            return new Quantity(new BigDecimal(InputText.decimal(ValueMessages.required(amount, "amount"))), unit);
        } catch (NumberFormatException e) {
            ValueMessages.violations().add("amount", "quantity.format", amount).throwIfPresent();
            throw e;
        }
    }

    /**
     * The sum.
     *
     * @param other a quantity in the same unit
     * @return the sum
     */
    public Quantity plus(Quantity other) {
        sameUnit(other);
        return new Quantity(amount.add(other.amount), unit);
    }

    /**
     * The difference, refused when it would be negative.
     *
     * @param other a quantity in the same unit, not more than this
     * @return the difference
     */
    public Quantity minus(Quantity other) {
        sameUnit(other);
        return new Quantity(amount.subtract(other.amount), unit);
    }

    /** @return true when nothing is left */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** @return the amount as whole pieces; fails for fractional amounts */
    public long wholeCount() {
        return amount.longValueExact();
    }

    @Override
    public int compareTo(Quantity other) {
        sameUnit(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && unit == q.unit && amount.compareTo(q.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * unit.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void sameUnit(Quantity other) {
        if (unit != other.unit) {
            ValueMessages.violations().add("unit", "quantity.unitMismatch", unit, other.unit).throwIfPresent();
        }
    }
}
