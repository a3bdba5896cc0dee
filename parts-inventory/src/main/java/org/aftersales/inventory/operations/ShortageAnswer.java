package org.aftersales.inventory.operations;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.PartNumber;
import org.aftersales.inventory.operations.spi.TransferOffer;

/**
 * Everything the counter needs to answer a customer at once when a part is short (P8): what is
 * here, the first day the warehouse's own due-in covers it, the transfer offers ranked, and the
 * alternatives ranked.
 *
 * @param part the part
 * @param quantity the pieces wanted
 * @param availableNow free pieces today
 * @param earliestFromDueIn the first day goods already due in cover it, or null
 * @param transfers the transfer offers: those covering the quantity first, then by arrival
 * @param alternatives the alternatives, recommended first
 */
public record ShortageAnswer(PartNumber part, long quantity, long availableNow, LocalDate earliestFromDueIn,
        List<TransferOffer> transfers, List<Alternative> alternatives) {

    /** Copies the lists. */
    public ShortageAnswer {
        transfers = List.copyOf(transfers);
        alternatives = List.copyOf(alternatives);
    }
}
