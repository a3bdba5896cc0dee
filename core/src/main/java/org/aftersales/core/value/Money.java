package org.aftersales.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.aftersales.core.error.Violations;

/**
 * An exact amount of money in one currency (C2). Never a {@code double}: the amount is a
 * {@link BigDecimal} kept at the scale it was given, so {@code 12.50} stays {@code 12.50}
 * through arithmetic and JSON. Nothing is rounded unless a rule asks for it with
 * {@link #roundedToFen()} (half-up to two decimals, the fen). Two amounts are equal when they
 * are numerically equal in the same currency, whatever their scale. Amounts may be negative
 * (refunds, credits); at most {@value #MAX_SCALE} decimals and less than 10<sup>13</sup> in
 * size are accepted.
 *
 * @param amount the exact amount
 * @param currency the currency, CNY by default
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The Chinese yuan, the default currency. */
    public static final Currency CNY = Currency.getInstance("CNY");
    /** Most decimals accepted in an amount. */
    public static final int MAX_SCALE = 4;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);

    /** Zero yuan. */
    public static final Money ZERO = new Money(BigDecimal.ZERO, CNY);

    /** Checks the amount and currency. */
    public Money {
        Violations v = ValueMessages.violations();
        v.required("amount", amount);
        if (amount != null) {
            if (amount.scale() > MAX_SCALE) {
                v.add("amount", "money.scale", amount.toPlainString(), MAX_SCALE);
            }
            if (amount.abs().compareTo(LIMIT) >= 0) {
                v.add("amount", "money.tooLarge", amount.toPlainString());
            }
            if (amount.scale() < 0) {
                amount = amount.setScale(0, RoundingMode.UNNECESSARY);
            }
        }
        v.required("currency", currency);
        v.throwIfPresent();
    }

    /**
     * An amount in yuan written as decimal text, such as {@code "12.50"}, as people type it:
     * full-width digits, commas grouping thousands ({@code 1,280.00}), a leading {@code ¥} or
     * {@code ￥} and a trailing {@code 元} are accepted (C15).
     *
     * @param amount the amount text
     * @return the money
     */
    public static Money ofYuan(String amount) {
        return new Money(parse(amount), CNY);
    }

    /**
     * An amount in yuan.
     *
     * @param amount the exact amount
     * @return the money
     */
    public static Money ofYuan(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    /**
     * An amount in fen (hundredths of a yuan).
     *
     * @param fen the number of fen
     * @return the money, at scale 2
     */
    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2), CNY);
    }

    /**
     * An amount in any currency.
     *
     * @param amount the amount text
     * @param currencyCode the ISO 4217 code
     * @return the money
     */
    public static Money of(String amount, String currencyCode) {
        ValueMessages.required(currencyCode, "currency");
        Currency currency;
        try {
            currency = Currency.getInstance(InputText.code(currencyCode));
        } catch (IllegalArgumentException e) {
            throw ValueMessages.refuse("currency", "money.currency", currencyCode);
        }
        return new Money(parse(amount), currency);
    }

    /** The amount as typed, folded, without a leading yuan sign or a trailing 元. */
    private static String yuanText(String amount) {
        String text = InputText.decimal(amount);
        if (text.startsWith("¥") || text.startsWith("￥")) {
            text = text.substring(1);
        }
        if (text.endsWith("元")) {
            text = text.substring(0, text.length() - 1);
        }
        return InputText.decimal(text);
    }

    private static BigDecimal parse(String amount) {
        try {
            return new BigDecimal(yuanText(ValueMessages.required(amount, "amount")));
        } catch (NumberFormatException e) {
            ValueMessages.violations().add("amount", "money.format", amount).throwIfPresent();
            throw e;
        }
    }

    /**
     * The sum, exact.
     *
     * @param other money in the same currency
     * @return this plus other
     */
    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * The difference, exact; may be negative.
     *
     * @param other money in the same currency
     * @return this minus other
     */
    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * This amount times a whole quantity, exact.
     *
     * @param times the factor
     * @return the product
     */
    public Money times(long times) {
        return new Money(amount.multiply(BigDecimal.valueOf(times)), currency);
    }

    /**
     * This amount times a decimal factor (a discount rate, litres of oil), exact. The result
     * must still fit {@value #MAX_SCALE} decimals; round it with {@link #roundedToFen()} where
     * a rule says so.
     *
     * @param factor the factor
     * @return the product
     */
    public Money times(BigDecimal factor) {
        BigDecimal product = amount.multiply(factor);
        if (product.scale() > MAX_SCALE) {
            product = product.stripTrailingZeros();
        }
        return new Money(product, currency);
    }

    /**
     * The amount rounded half-up to the fen (two decimals), for rules that charge whole fen.
     *
     * @return the rounded money
     */
    public Money roundedToFen() {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
    }

    /** @return true when the amount is below zero */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** @return true when the amount is zero */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /** @return the amount and currency, such as {@code 12.50 CNY} */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            ValueMessages.violations()
                    .add("currency", "money.currencyMismatch", currency.getCurrencyCode(),
                            other.currency.getCurrencyCode())
                    .throwIfPresent();
        }
    }
}
