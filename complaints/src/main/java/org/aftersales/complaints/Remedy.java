package org.aftersales.complaints;

import org.aftersales.core.id.RepairOrderId;
import org.aftersales.core.value.Money;

/**
 * A remedy agreed with the customer (K8): its kind, and its amount or the repair order that
 * carries it out. Money remedies (return, refund, compensate) need an amount; the others need
 * an amount or a linked repair order.
 *
 * @param kind the remedy
 * @param amount what it costs or pays, or null
 * @param repairOrder the repair order that carries it out, or null
 * @param note what exactly was agreed, or null
 */
public record Remedy(RemedyKind kind, Money amount, RepairOrderId repairOrder, String note) {

    /** Checks the remedy states its amount or its repair order. */
    public Remedy {
        var v = ComplaintMessages.violations().required("kind", kind);
        if (kind != null && kind.needsAmount() && amount == null) {
            v.add("amount", "complaint.remedyAmount", kind);
        } else if (kind != null && amount == null && repairOrder == null) {
            v.add("repairOrder", "complaint.remedyLink", kind);
        }
        if (amount != null && amount.amount().signum() < 0) {
            v.add("amount", "complaint.negative", amount);
        }
        v.throwIfPresent();
    }

    /**
     * A remedy paid in money.
     *
     * @param kind the remedy
     * @param amount the amount
     * @return the remedy
     */
    public static Remedy of(RemedyKind kind, Money amount) {
        return new Remedy(kind, amount, null, null);
    }

    /**
     * A remedy carried out by a repair order.
     *
     * @param kind the remedy
     * @param order the repair order
     * @return the remedy
     */
    public static Remedy by(RemedyKind kind, RepairOrderId order) {
        return new Remedy(kind, null, order, null);
    }
}
