package org.aftersales.complaints;

import org.aftersales.core.i18n.Labelled;
import org.aftersales.core.i18n.LocalizedText;

/**
 * The remedies of the consumer-protection law (K8), by the names the law uses: repair, redo,
 * replace, return, make up the quantity, refund, compensate.
 */
public enum RemedyKind implements Labelled {
    /** Repair the fault (修理). */
    REPAIR(false, "Repair", "修理"),
    /** Do the work again (重作). */
    REDO(false, "Redo", "重作"),
    /** Replace the part or product (更换). */
    REPLACE(false, "Replace", "更换"),
    /** Take the goods back (退货). */
    RETURN(true, "Return", "退货"),
    /** Make up the quantity short (补足商品数量). */
    MAKE_UP_QUANTITY(false, "Make up quantity", "补足数量"),
    /** Refund what was paid (退还货款和服务费用). */
    REFUND(true, "Refund", "退款"),
    /** Compensate a loss (赔偿损失). */
    COMPENSATE(true, "Compensate", "赔偿");

    private final boolean needsAmount;
    private final LocalizedText label;

    RemedyKind(boolean needsAmount, String en, String zh) {
        this.needsAmount = needsAmount;
        this.label = new LocalizedText(en, zh);
    }

    /** @return true when the remedy is money and must state its amount */
    public boolean needsAmount() {
        return needsAmount;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
