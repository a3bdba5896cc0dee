package org.aftersales.serviceflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.id.StaffId;
import org.aftersales.core.value.Money;

/**
 * The settlement sheet of a repair order (F11, F18, F19), made as soon as the finished order
 * arrives: exactly the approved lines of approved revisions, each with its payer.
 *
 * <p><b>Rounding points (our default).</b> The seeds do not say where to round, so: (1) each line
 * amount is quantity times unit price, rounded half-up to the fen; (2) VAT is computed once on the
 * customer-paid net (the sum of customer lines less the discount), rounded half-up to the fen.
 * The total is net plus VAT, so it always equals the approved customer-paid lines plus VAT. The
 * VAT rate (13% by default) is {@link ServiceDesk.Builder#vatRate}; another rounding rule is a
 * {@link org.aftersales.serviceflow.spi.Pricing} plugin's business (it sets the unit prices) and
 * a change here.
 *
 * @param lines every charged line, customer-paid or not
 * @param customerNet the customer-paid lines, VAT excluded, before the discount
 * @param discount the discount on the customer-paid lines; zero when none
 * @param discountApprover who approved the discount; null when none
 * @param vatRate the VAT rate, such as {@code 0.13}
 * @param vat the VAT on {@code customerNet - discount}, rounded to the fen
 * @param total what the customer pays
 * @param warrantyClaim the warranty lines' amount, claimed from the manufacturer
 * @param otherPayers the insurance and internal lines' amount
 */
public record Settlement(List<EstimateLine> lines, Money customerNet, Money discount, StaffId discountApprover,
        BigDecimal vatRate, Money vat, Money total, Money warrantyClaim, Money otherPayers) {

    /** Copies the lines. */
    public Settlement {
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
    }

    /**
     * Works a sheet out.
     *
     * @param lines the approved lines
     * @param discount the discount on customer lines, or zero
     * @param approver who approved it, or null for none
     * @param vatRate the VAT rate
     * @return the sheet
     */
    public static Settlement of(List<EstimateLine> lines, Money discount, StaffId approver, BigDecimal vatRate) {
        Money customer = sum(lines, Payer.CUSTOMER);
        Money warranty = sum(lines, Payer.WARRANTY);
        Money others = sum(lines, Payer.INSURANCE).plus(sum(lines, Payer.INTERNAL));
        Money taxable = customer.minus(discount);
        Money vat = Money.ofYuan(taxable.amount().multiply(vatRate).setScale(2, RoundingMode.HALF_UP));
        return new Settlement(lines, customer, discount, approver, vatRate, vat, taxable.plus(vat), warranty, others);
    }

    /** @return the lines on the customer's invoice: the customer-paid ones only */
    public List<EstimateLine> invoiceLines() {
        return lines.stream().filter(l -> l.payer() == Payer.CUSTOMER).toList();
    }

    /** @return the lines that form the claim to the manufacturer */
    public List<EstimateLine> warrantyLines() {
        return lines.stream().filter(l -> l.payer() == Payer.WARRANTY).toList();
    }

    private static Money sum(List<EstimateLine> lines, Payer payer) {
        Money total = Money.ZERO;
        for (EstimateLine l : lines) {
            if (l.payer() == payer) {
                total = total.plus(l.amount());
            }
        }
        return total;
    }
}
