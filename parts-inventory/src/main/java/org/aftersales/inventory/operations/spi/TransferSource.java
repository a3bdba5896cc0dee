package org.aftersales.inventory.operations.spi;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.plugin.Plugin;

/**
 * A stock parts can be transferred from when this warehouse is short (调件, P8): a sister
 * dealer, the central warehouse of the dealer group or the maker's regional depot. A
 * {@link Plugin}: registered by hand on the {@code PartsWarehouse} builder, or found with
 * {@link java.util.ServiceLoader} when the builder asks for discovery; asked in plugin order.
 * A source that throws fails the whole question with a
 * {@link org.aftersales.core.error.PluginFailureException} naming its id, and nothing is stored.
 */
public interface TransferSource extends Plugin {

    /**
     * What this source can send of a part.
     *
     * @param part the part
     * @param quantity the pieces wanted
     * @param needed the day they are needed
     * @return its offers, possibly none; an offer may cover only part of the quantity
     */
    List<TransferOffer> offers(PartNumber part, long quantity, LocalDate needed);
}
