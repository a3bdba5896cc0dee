package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.i18n.LocalizedText;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.value.Money;
import org.aftersales.inventory.Sourcing;

/**
 * What the customer has a right to know about a part on a quote or sale (P11; consumer law
 * art. 8, seed 004): price, origin, maker, specification, grade, and for perishable goods the
 * production and expiry dates of the pieces sold and whether a certificate of conformity comes
 * with them.
 *
 * @param part the part
 * @param name its name
 * @param sourcing genuine or aftermarket
 * @param unitPrice the price of one piece
 * @param origin where it was made, or null when unknown
 * @param maker who made it, or null
 * @param specification its specification, or null
 * @param grade its grade, or null
 * @param perishable whether its lots carry dates
 * @param certificate whether a certificate of conformity comes with it
 * @param lots for a sale of a perishable part, the dates of the lots sold; else empty
 */
public record ProductInformation(PartNumber part, LocalizedText name, Sourcing sourcing, Money unitPrice,
        String origin, String maker, String specification, String grade, boolean perishable, boolean certificate,
        List<LotDates> lots) {

    /** Copies the list. */
    public ProductInformation {
        lots = List.copyOf(lots);
    }

    /**
     * The dates of pieces sold from one lot.
     *
     * @param quantity the pieces
     * @param produced the production date
     * @param expires the expiry date
     */
    public record LotDates(long quantity, LocalDate produced, LocalDate expires) {
    }
}
