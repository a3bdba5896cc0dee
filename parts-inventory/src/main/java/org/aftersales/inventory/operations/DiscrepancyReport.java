package org.aftersales.inventory.operations;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.DocumentNumber;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.id.SupplierId;

/**
 * What a delivery lacked or got wrong, for the supplier (P5): one entry per line not accepted
 * as listed. Empty when the delivery matched its list.
 *
 * @param receipt the receipt
 * @param supplier the supplier
 * @param packingList the supplier's packing list
 * @param receivedAt when it was received
 * @param lines the discrepancies, in list order
 */
public record DiscrepancyReport(DocumentNumber receipt, SupplierId supplier, String packingList, Instant receivedAt,
        List<Discrepancy> lines) {

    /** Copies the list. */
    public DiscrepancyReport {
        lines = List.copyOf(lines);
    }

    /** @return whether the delivery matched its list */
    public boolean clean() {
        return lines.isEmpty();
    }

    /**
     * One line that was not as listed.
     *
     * @param line the line number
     * @param listedPart the part listed
     * @param foundPart the part found
     * @param listed the pieces listed
     * @param counted the pieces found
     * @param damaged the pieces damaged
     * @param accepted the pieces accepted
     * @param outcome how the line ended
     * @param text the discrepancy in words
     */
    public record Discrepancy(int line, PartNumber listedPart, PartNumber foundPart, long listed, long counted,
            long damaged, long accepted, LineOutcome outcome, LocalizedText text) {

        static Discrepancy of(ReceiptLine l) {
            PackingLine p = l.listed();
            PartNumber found = p.foundPart() == null ? p.part() : p.foundPart();
            LocalizedText text = switch (l.outcome()) {
                case WRONG_ITEM -> OperationsMessages.MESSAGES.text("receipt.wrongItem", p.part(), found,
                        p.origin() == null ? "-" : p.origin(), p.foundOrigin() == null ? "-" : p.foundOrigin(),
                        p.counted());
                case DAMAGED -> OperationsMessages.MESSAGES.text("receipt.damaged", p.part(), p.damaged(),
                        p.counted(), l.accepted());
                case SHORT -> OperationsMessages.MESSAGES.text("receipt.short", p.part(), p.quantity(), p.counted(),
                        p.quantity() - p.counted());
                case OVER -> OperationsMessages.MESSAGES.text("receipt.over", p.part(), p.quantity(), p.counted(),
                        p.counted() - p.quantity());
                case ACCEPTED -> OperationsMessages.MESSAGES.text("receipt.accepted", p.part());
            };
            return new Discrepancy(l.line(), p.part(), found, p.quantity(), p.counted(), p.damaged(), l.accepted(),
                    l.outcome(), text);
        }
    }
}
